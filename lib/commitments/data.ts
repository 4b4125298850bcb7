import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Status } from "@/lib/tracking/status";
import { filterConditions, orderBy, type FacetKey } from "./query";
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

const base = Prisma.sql`FROM commitment c JOIN document d ON d.id = c.document_id JOIN area a ON a.slug = c.area_slug`;

/** One page of the commitments view, with its total; a fixed number of queries whatever the page. */
export async function listCommitments(filter: CommitmentFilter, locale: string) {
  const where = filterConditions(filter);
  const offset = (filter.page - 1) * filter.size;
  const [rows, [{ total }]] = await Promise.all([
    db().$queryRaw<CommitmentRow[]>`
      SELECT c.id, c.code, c.title_zh AS "titleZh", c.title_en AS "titleEn", c.area_slug AS "areaSlug",
        a.name_zh AS "areaZh", a.name_en AS "areaEn", d.slug AS "documentSlug",
        d.title_zh AS "documentTitleZh", d.title_en AS "documentTitleEn",
        c.strength::text AS strength, c.type::text AS type,
        ARRAY(SELECT p.country_code::text FROM commitment_party p JOIN country k ON k.code = p.country_code
              WHERE p.commitment_id = c.id AND p.role = 'COMMITTING' ORDER BY k.sort_order) AS committing,
        COALESCE((SELECT json_agg(json_build_object('country', t.country_code, 'status', t.status, 'progress', t.progress)
                  ORDER BY k.sort_order) FROM tracking t JOIN country k ON k.code = t.country_code
                  WHERE t.commitment_id = c.id), '[]'::json) AS countries,
        agg.progress, agg.last_update AS "lastUpdate",
        ARRAY(SELECT DISTINCT u.name FROM tracking t JOIN app_user u ON u.id = t.owner_id WHERE t.commitment_id = c.id) AS owners
      ${base}
      LEFT JOIN LATERAL (SELECT round(avg(t.progress) FILTER (WHERE t.status <> 'NOT_ASSESSED'))::int AS progress,
                                max(t.last_update_at) AS last_update
                         FROM tracking t WHERE t.commitment_id = c.id) agg ON TRUE
      WHERE ${where}
      ORDER BY ${orderBy(filter, locale)}
      LIMIT ${filter.size} OFFSET ${offset}`,
    db().$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total ${base} WHERE ${where}`,
  ]);
  return { rows, total };
}

/** Counts beside each filter option: every other filter applied, the facet's own left out. */
export async function countFacets(filter: CommitmentFilter): Promise<Facets> {
  const facet = (key: FacetKey, value: Prisma.Sql, join: Prisma.Sql = Prisma.empty) =>
    db().$queryRaw<{ value: string; count: number }[]>`
      SELECT ${value} AS value, count(DISTINCT c.id)::int AS count ${base} ${join}
      WHERE ${filterConditions(filter, key)} GROUP BY 1`;
  const statusJoin = filter.country
    ? Prisma.sql`JOIN tracking t ON t.commitment_id = c.id AND t.country_code = ${filter.country}`
    : Prisma.sql`JOIN tracking t ON t.commitment_id = c.id`;
  const keys: FacetKey[] = ["country", "area", "status", "document", "strength", "type"];
  const results = await Promise.all([
    facet("country", Prisma.sql`p.country_code::text`, Prisma.sql`JOIN commitment_party p ON p.commitment_id = c.id`),
    facet("area", Prisma.sql`c.area_slug`),
    facet("status", Prisma.sql`t.status::text`, statusJoin),
    facet("document", Prisma.sql`d.slug`),
    facet("strength", Prisma.sql`c.strength::text`),
    facet("type", Prisma.sql`c.type::text`),
  ]);
  return Object.fromEntries(
    keys.map((key, i) => [key, Object.fromEntries(results[i].map((row) => [row.value, row.count]))]),
  ) as Facets;
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
