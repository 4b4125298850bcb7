import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { CommitmentFilter } from "./schema";

// SQL building blocks of the commitments view, shared by the table, the matrix, the facets and
// the export. Every value goes in as a bound parameter; only fixed SQL text is ever joined.

export type FacetKey = "country" | "area" | "status" | "document" | "strength" | "type";
export const facetKeys: FacetKey[] = ["country", "area", "status", "document", "strength", "type"];

const like = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Each condition of the filter, tagged with the facet it belongs to (null: not a facet). */
function conditions(filter: CommitmentFilter): { key: FacetKey | null; sql: Prisma.Sql }[] {
  const parts: { key: FacetKey | null; sql: Prisma.Sql }[] = [];
  const inCountry = filter.country ? Prisma.sql`AND t.country_code = ${filter.country}` : Prisma.empty;
  if (filter.q) {
    const q = like(filter.q);
    parts.push({ key: null, sql: Prisma.sql`(c.code ILIKE ${q} OR c.title_zh ILIKE ${q} OR c.title_en ILIKE ${q}
      OR c.quote ILIKE ${q} OR c.translation_en ILIKE ${q})` });
  }
  if (filter.country) {
    parts.push({ key: "country", sql: Prisma.sql`EXISTS (SELECT 1 FROM commitment_party p WHERE p.commitment_id = c.id AND p.country_code = ${filter.country})` });
  }
  if (filter.area.length) parts.push({ key: "area", sql: Prisma.sql`c.area_slug = ANY(${filter.area}::text[])` });
  if (filter.document.length) parts.push({ key: "document", sql: Prisma.sql`d.slug = ANY(${filter.document}::text[])` });
  if (filter.strength.length) parts.push({ key: "strength", sql: Prisma.sql`c.strength::text = ANY(${filter.strength}::text[])` });
  if (filter.type.length) parts.push({ key: "type", sql: Prisma.sql`c.type::text = ANY(${filter.type}::text[])` });
  if (filter.status.length) {
    parts.push({ key: "status", sql: Prisma.sql`EXISTS (SELECT 1 FROM tracking t WHERE t.commitment_id = c.id
      AND t.status::text = ANY(${filter.status}::text[]) ${inCountry})` });
  }
  if (filter.owner === "none") {
    parts.push({ key: null, sql: Prisma.sql`NOT EXISTS (SELECT 1 FROM tracking t WHERE t.commitment_id = c.id AND t.owner_id IS NOT NULL ${inCountry})` });
  } else if (filter.owner) {
    parts.push({ key: null, sql: Prisma.sql`EXISTS (SELECT 1 FROM tracking t WHERE t.commitment_id = c.id AND t.owner_id = ${filter.owner} ${inCountry})` });
  }
  if (filter.overdue) {
    parts.push({ key: null, sql: Prisma.sql`EXISTS (SELECT 1 FROM occurrence o WHERE o.commitment_id = c.id
      AND o.status = 'PENDING' AND o.expected_by < CURRENT_DATE)` });
  }
  if (filter.noEvidence) {
    parts.push({ key: null, sql: Prisma.sql`NOT EXISTS (SELECT 1 FROM tracking t WHERE t.commitment_id = c.id AND t.has_evidence ${inCountry})` });
  }
  return parts;
}

const and = (parts: Prisma.Sql[]) => Prisma.join([Prisma.sql`TRUE`, ...parts], " AND ");

/** Conditions on the alias `c` (commitment) and `d` (document); `except` leaves one out for facets. */
export function filterConditions(filter: CommitmentFilter, except?: FacetKey): Prisma.Sql {
  return and(conditions(filter).filter((part) => part.key === null || part.key !== except).map((part) => part.sql));
}

/** ORDER BY for the sort key; ties always end on document date and position, so pages are stable. */
export function orderBy(filter: CommitmentFilter, locale: string): Prisma.Sql {
  const dir = filter.dir === "desc" ? Prisma.sql`DESC` : Prisma.sql`ASC`;
  const tail = Prisma.sql`d.date ${dir}, c.position ${dir}, c.code`;
  const key: Record<CommitmentFilter["sort"], Prisma.Sql> = {
    code: tail,
    title: locale === "zh" ? Prisma.sql`c.title_zh ${dir}, ${tail}` : Prisma.sql`lower(c.title_en) ${dir}, ${tail}`,
    area: Prisma.sql`a.sort_order ${dir}, ${tail}`,
    document: tail,
    strength: Prisma.sql`c.strength ${dir}, ${tail}`,
    progress: Prisma.sql`agg.progress ${dir} NULLS LAST, ${tail}`,
    lastUpdate: Prisma.sql`agg.last_update ${dir} NULLS LAST, ${tail}`,
  };
  return key[filter.sort];
}

/** The view's joins: c commitment, d document, a area. */
export const commitmentFrom = Prisma.sql`FROM commitment c JOIN document d ON d.id = c.document_id JOIN area a ON a.slug = c.area_slug`;

/** Progress over the assessed countries and the latest update of commitment `c`, as alias `agg`. */
const trackingAggregate = Prisma.sql`LEFT JOIN LATERAL (
  SELECT round(avg(t.progress) FILTER (WHERE t.status <> 'NOT_ASSESSED'))::int AS progress, max(t.last_update_at) AS last_update
  FROM tracking t WHERE t.commitment_id = c.id) agg ON TRUE`;

/**
 * One page of the view (CommitmentRow in data.ts) and, on every row, the view's total. The inner
 * query picks the page's ids (aggregating tracking rows only when the sort needs them); per-row
 * details are then read for those rows alone.
 */
export function pageQuery(filter: CommitmentFilter, locale: string): Prisma.Sql {
  const order = orderBy(filter, locale);
  const sortsByAggregate = filter.sort === "progress" || filter.sort === "lastUpdate";
  return Prisma.sql`
    SELECT c.id, c.code, c.title_zh AS "titleZh", c.title_en AS "titleEn",
      a.name_zh AS "areaZh", a.name_en AS "areaEn",
      d.title_zh AS "documentTitleZh", d.title_en AS "documentTitleEn",
      c.strength::text AS strength,
      ARRAY(SELECT p.country_code::text FROM commitment_party p JOIN country k ON k.code = p.country_code
            WHERE p.commitment_id = c.id AND p.role = 'COMMITTING' ORDER BY k.sort_order) AS committing,
      COALESCE((SELECT json_agg(json_build_object('country', t.country_code, 'status', t.status, 'progress', t.progress)
                ORDER BY k.sort_order) FROM tracking t JOIN country k ON k.code = t.country_code
                WHERE t.commitment_id = c.id), '[]'::json) AS countries,
      agg.progress, agg.last_update AS "lastUpdate",
      ARRAY(SELECT DISTINCT u.name FROM tracking t JOIN app_user u ON u.id = t.owner_id WHERE t.commitment_id = c.id) AS owners,
      page.total
    FROM (
      SELECT c.id, count(*) OVER ()::int AS total
      ${commitmentFrom} ${sortsByAggregate ? trackingAggregate : Prisma.empty}
      WHERE ${filterConditions(filter)}
      ORDER BY ${order}
      LIMIT ${filter.size} OFFSET ${(filter.page - 1) * filter.size}
    ) page
    JOIN commitment c ON c.id = page.id JOIN document d ON d.id = c.document_id JOIN area a ON a.slug = c.area_slug
    ${trackingAggregate}
    ORDER BY ${order}`;
}

/** How many commitments the view holds (for a page past the end, which carries no total). */
export function totalQuery(filter: CommitmentFilter): Prisma.Sql {
  return Prisma.sql`SELECT count(*)::int AS total ${commitmentFrom} WHERE ${filterConditions(filter)}`;
}

/**
 * Counts beside each filter option, every other filter applied and the facet's own left out, in
 * one statement: the commitments that pass the non-facet conditions are read once, with one flag
 * per facet condition, and each facet counts the rows whose other flags hold. Countries and
 * statuses are counted value by value with EXISTS, which costs less than de-duplicating every
 * (commitment, country) or (commitment, status) pair (measured: docs/benchmarks.md).
 */
export function facetQuery(filter: CommitmentFilter): Prisma.Sql {
  const parts = conditions(filter);
  const keyed = parts.filter((part) => part.key !== null);
  const flags = keyed.map((part) => Prisma.sql`, (${part.sql}) AS "ok_${Prisma.raw(part.key!)}"`);
  const others = (key: FacetKey) => and(keyed.filter((part) => part.key !== key).map((part) => Prisma.raw(`v."ok_${part.key}"`)));
  // In one country a commitment has one tracking row: a plain join counts each commitment once.
  const statusFacet = filter.country
    ? Prisma.sql`SELECT 'status', t.status::text, count(*)::int FROM v JOIN tracking t ON t.commitment_id = v.id AND t.country_code = ${filter.country}
        WHERE ${others("status")} GROUP BY 2`
    : Prisma.sql`SELECT 'status', s::text, n.count FROM unnest(enum_range(NULL::"Status")) s CROSS JOIN LATERAL (SELECT count(*)::int AS count FROM v
        WHERE ${others("status")} AND EXISTS (SELECT 1 FROM tracking t WHERE t.commitment_id = v.id AND t.status = s)) n WHERE n.count > 0`;
  const simple = (key: FacetKey, column: string) =>
    Prisma.sql`SELECT ${Prisma.raw(`'${key}'`)} AS facet, v.${Prisma.raw(column)} AS value, count(*)::int AS count FROM v WHERE ${others(key)} GROUP BY 2`;
  return Prisma.sql`
    WITH v AS MATERIALIZED (
      SELECT c.id, c.area_slug AS area, d.slug AS document, c.strength::text AS strength, c.type::text AS type
        ${flags.length ? Prisma.join(flags, " ") : Prisma.empty}
      ${commitmentFrom}
      WHERE ${and(parts.filter((part) => part.key === null).map((part) => part.sql))}
    )
    ${simple("area", "area")} UNION ALL ${simple("document", "document")} UNION ALL
    ${simple("strength", "strength")} UNION ALL ${simple("type", "type")} UNION ALL
    SELECT 'country', k.code::text, n.count FROM country k CROSS JOIN LATERAL (SELECT count(*)::int AS count FROM v WHERE ${others("country")}
      AND EXISTS (SELECT 1 FROM commitment_party p WHERE p.commitment_id = v.id AND p.country_code = k.code)) n WHERE n.count > 0
    UNION ALL
    ${statusFacet}`;
}
