import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { CommitmentFilter } from "./schema";

// SQL building blocks of the commitments view, shared by the table, the matrix, the facets and
// the export. Every value goes in as a bound parameter; only fixed SQL text is ever joined.

export type FacetKey = "country" | "area" | "status" | "document" | "strength" | "type";

const like = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Conditions on the alias `c` (commitment) and `d` (document); `except` leaves one out for facets. */
export function filterConditions(filter: CommitmentFilter, except?: FacetKey): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`TRUE`];
  const inCountry = filter.country ? Prisma.sql`AND t.country_code = ${filter.country}` : Prisma.empty;
  if (filter.q) {
    const q = like(filter.q);
    parts.push(Prisma.sql`(c.code ILIKE ${q} OR c.title_zh ILIKE ${q} OR c.title_en ILIKE ${q}
      OR c.quote ILIKE ${q} OR c.translation_en ILIKE ${q})`);
  }
  if (filter.country && except !== "country") {
    parts.push(Prisma.sql`EXISTS (SELECT 1 FROM commitment_party p WHERE p.commitment_id = c.id AND p.country_code = ${filter.country})`);
  }
  if (filter.area.length && except !== "area") parts.push(Prisma.sql`c.area_slug = ANY(${filter.area}::text[])`);
  if (filter.document.length && except !== "document") parts.push(Prisma.sql`d.slug = ANY(${filter.document}::text[])`);
  if (filter.strength.length && except !== "strength") parts.push(Prisma.sql`c.strength::text = ANY(${filter.strength}::text[])`);
  if (filter.type.length && except !== "type") parts.push(Prisma.sql`c.type::text = ANY(${filter.type}::text[])`);
  if (filter.status.length && except !== "status") {
    parts.push(Prisma.sql`EXISTS (SELECT 1 FROM tracking t WHERE t.commitment_id = c.id
      AND t.status::text = ANY(${filter.status}::text[]) ${inCountry})`);
  }
  if (filter.owner === "none") {
    parts.push(Prisma.sql`NOT EXISTS (SELECT 1 FROM tracking t WHERE t.commitment_id = c.id AND t.owner_id IS NOT NULL ${inCountry})`);
  } else if (filter.owner) {
    parts.push(Prisma.sql`EXISTS (SELECT 1 FROM tracking t WHERE t.commitment_id = c.id AND t.owner_id = ${filter.owner} ${inCountry})`);
  }
  if (filter.overdue) {
    parts.push(Prisma.sql`EXISTS (SELECT 1 FROM occurrence o WHERE o.commitment_id = c.id
      AND o.status = 'PENDING' AND o.expected_by < CURRENT_DATE)`);
  }
  if (filter.noEvidence) {
    parts.push(Prisma.sql`NOT EXISTS (SELECT 1 FROM tracking t WHERE t.commitment_id = c.id AND t.has_evidence ${inCountry})`);
  }
  return Prisma.join(parts, " AND ");
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
