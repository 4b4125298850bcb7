import "server-only";
import { db } from "@/lib/db";
import { localized } from "@/lib/i18n/localized";
import type { Status } from "@/lib/tracking/status";
import { facetKeys, facetQuery, pageQuery, totalQuery, type FacetKey } from "./query";
import type { CommitmentFilter } from "./schema";

export type CountryStatus = { country: string; status: Status; progress: number };
/** One row of the table and the matrix, with its texts in the reader's language only. */
export type CommitmentRow = {
  id: string;
  code: string;
  title: string;
  area: string;
  document: string;
  strength: string;
  committing: string[];
  countries: CountryStatus[];
  progress: number | null;
  lastUpdate: Date | null;
  owners: string[];
};
type PageRow = Omit<CommitmentRow, "title" | "area" | "document"> & {
  titleZh: string; titleEn: string; areaZh: string; areaEn: string; documentTitleZh: string; documentTitleEn: string; total: number;
};
export type Facets = Record<FacetKey, Record<string, number>>;

/** One page of the commitments view, with its total; a fixed number of queries whatever the page. */
export async function listCommitments(filter: CommitmentFilter, locale: string) {
  const page = await db().$queryRaw<PageRow[]>(pageQuery(filter, locale));
  // The rows go to the browser as they are: one language keeps them a quarter smaller.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the page's total rides on every row
  const rows = page.map(({ total, titleZh, titleEn, areaZh, areaEn, documentTitleZh, documentTitleEn, ...row }): CommitmentRow => ({
    ...row,
    title: localized(locale, titleZh, titleEn),
    area: localized(locale, areaZh, areaEn),
    document: localized(locale, documentTitleZh, documentTitleEn),
  }));
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
