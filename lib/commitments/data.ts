import "server-only";
import { db } from "@/lib/db";
import type { Status } from "@/lib/tracking/status";
import { facetKeys, facetQuery, pageQuery, totalQuery, type FacetKey } from "./query";
import type { CommitmentFilter } from "./schema";

export type CountryStatus = { country: string; status: Status; progress: number };
export type CommitmentRow = {
  id: string;
  code: string;
  titleZh: string;
  titleEn: string;
  areaSlug: string;
  areaZh: string;
  areaEn: string;
  documentSlug: string;
  documentTitleZh: string;
  documentTitleEn: string;
  strength: string;
  type: string;
  committing: string[];
  countries: CountryStatus[];
  progress: number | null;
  lastUpdate: Date | null;
  owners: string[];
};
export type Facets = Record<FacetKey, Record<string, number>>;

/** One page of the commitments view, with its total; a fixed number of queries whatever the page. */
export async function listCommitments(filter: CommitmentFilter, locale: string) {
  const page = await db().$queryRaw<(CommitmentRow & { total: number })[]>(pageQuery(filter, locale));
  const rows = page.map((row) => {
    const { total, ...fields } = row; // eslint-disable-line @typescript-eslint/no-unused-vars -- the page's total rides on every row
    return fields;
  });
  if (page.length > 0) return { rows, total: page[0].total };
  if (filter.page === 1) return { rows, total: 0 };
  const [{ total }] = await db().$queryRaw<{ total: number }[]>(totalQuery(filter));
  return { rows, total };
}

/** Counts beside each filter option: every other filter applied, the facet's own left out. */
export async function countFacets(filter: CommitmentFilter): Promise<Facets> {
  const facets = Object.fromEntries(facetKeys.map((key) => [key, {}])) as Facets;
  const rows = await db().$queryRaw<{ facet: FacetKey; value: string; count: number }[]>(facetQuery(filter));
  for (const row of rows) facets[row.facet][row.value] = row.count;
  return facets;
}

/** The options a filter can offer, in display order. */
export async function listFilterOptions() {
  const [countries, areas, documents, owners] = await Promise.all([
    db().country.findMany({ orderBy: { sortOrder: "asc" } }),
    db().area.findMany({ orderBy: { sortOrder: "asc" } }),
    db().document.findMany({ orderBy: { date: "asc" }, select: { slug: true, titleZh: true, titleEn: true, date: true } }),
    db().user.findMany({
      where: { disabledAt: null, role: { in: ["ANALYST", "ADMIN"] } },
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    }),
  ]);
  return { countries, areas, documents, owners };
}

/** One commitment with what its page shows beside the quote: document, area, parties. */
export async function getCommitmentByCode(code: string) {
  return db().commitment.findUnique({
    where: { code },
    include: {
      document: { select: { slug: true, titleZh: true, titleEn: true, date: true } },
      area: true,
      parties: { include: { country: true }, orderBy: { country: { sortOrder: "asc" } } },
    },
  });
}
