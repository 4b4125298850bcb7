import "server-only";
import { db } from "@/lib/db";
import type { Status } from "@/lib/tracking/status";

// The dashboard: eleven queries, whatever the number of commitments, countries or updates.

export const matrixRows = 40;
const listLength = 8;

type Counts = { key: string; status: Status; count: number }[];
export type MatrixRow = { code: string; titleZh: string; titleEn: string; cells: { country: string; status: Status; progress: number }[] };
export type OverdueItem = { code: string; titleZh: string; titleEn: string; period: string; expectedBy: Date };
export type RecentUpdate = {
  id: string; at: Date; author: string | null; code: string; titleZh: string; titleEn: string; country: string;
  statusBefore: Status; status: Status; progress: number;
};
export type RecentChange = { id: string; at: Date; actor: string | null; action: string; entityType: string; subject: string | null; subjectLink: string | null };

function group(rows: Counts) {
  const groups = new Map<string, { counts: Partial<Record<Status, number>>; total: number }>();
  for (const row of rows) {
    const entry = groups.get(row.key) ?? { counts: {}, total: 0 };
    entry.counts[row.status] = row.count;
    entry.total += row.count;
    groups.set(row.key, entry);
  }
  return groups;
}

export async function getDashboard(now = new Date()) {
  const client = db();
  const today = now.toISOString().slice(0, 10);
  const [[totals], byCountry, byArea, matrix, overdue, [{ overdueTotal }], updates, changes, countries, areas] = await Promise.all([
    client.$queryRaw<{ documents: number; commitments: number; rows: number; updates: number }[]>`
      SELECT (SELECT count(*) FROM document)::int AS documents, (SELECT count(*) FROM commitment)::int AS commitments,
             (SELECT count(*) FROM tracking)::int AS rows, (SELECT count(*) FROM status_update)::int AS updates`,
    client.$queryRaw<Counts>`SELECT country_code::text AS key, status::text AS status, count(*)::int AS count FROM tracking GROUP BY 1, 2`,
    client.$queryRaw<Counts>`
      SELECT c.area_slug AS key, t.status::text AS status, count(*)::int AS count
      FROM tracking t JOIN commitment c ON c.id = t.commitment_id GROUP BY 1, 2`,
    client.$queryRaw<MatrixRow[]>`
      SELECT c.code, c.title_zh AS "titleZh", c.title_en AS "titleEn",
        COALESCE((SELECT json_agg(json_build_object('country', t.country_code, 'status', t.status, 'progress', t.progress))
                  FROM tracking t WHERE t.commitment_id = c.id), '[]'::json) AS cells
      FROM commitment c JOIN document d ON d.id = c.document_id
      ORDER BY d.date DESC, c.position, c.code
      LIMIT ${matrixRows}`,
    client.$queryRaw<OverdueItem[]>`
      SELECT c.code, c.title_zh AS "titleZh", c.title_en AS "titleEn", o.period, o.expected_by AS "expectedBy"
      FROM occurrence o JOIN commitment c ON c.id = o.commitment_id
      WHERE o.status = 'PENDING' AND o.expected_by < ${today}::date
      ORDER BY o.expected_by, c.code LIMIT ${listLength}`,
    client.$queryRaw<{ overdueTotal: number }[]>`
      SELECT count(*)::int AS "overdueTotal" FROM occurrence o WHERE o.status = 'PENDING' AND o.expected_by < ${today}::date`,
    client.$queryRaw<RecentUpdate[]>`
      SELECT u.id, u.created_at AS at, au.name AS author, c.code, c.title_zh AS "titleZh", c.title_en AS "titleEn",
        u.country_code::text AS country, u.status_before::text AS "statusBefore", u.status::text AS status, u.progress
      FROM status_update u JOIN commitment c ON c.id = u.commitment_id LEFT JOIN app_user au ON au.id = u.author_id
      ORDER BY u.created_at DESC, u.id DESC LIMIT ${listLength}`,
    // Status updates are listed above; the audit adds everything else (edits, meetings, owners, users, imports).
    client.$queryRaw<(Omit<RecentChange, "id"> & { id: bigint })[]>`
      SELECT a.id, a.at, COALESCE(au.name, a.actor_email) AS actor, a.action, a.entity_type AS "entityType",
        COALESCE(c.code, d.slug, tc.code || ' · ' || t.country_code, u.name, oc.code || ' · ' || o.period) AS subject,
        CASE WHEN c.code IS NOT NULL THEN '/commitments/' || c.code
             WHEN tc.code IS NOT NULL THEN '/commitments/' || tc.code || '?country=' || t.country_code
             WHEN oc.code IS NOT NULL THEN '/commitments/' || oc.code
             WHEN d.slug IS NOT NULL THEN '/documents/' || d.slug END AS "subjectLink"
      FROM audit_log a
      LEFT JOIN app_user au ON au.id = a.actor_id
      LEFT JOIN commitment c ON a.entity_type = 'commitment' AND c.id = a.entity_id
      LEFT JOIN document d ON a.entity_type = 'document' AND d.id = a.entity_id
      LEFT JOIN tracking t ON a.entity_type = 'tracking' AND t.id = a.entity_id
      LEFT JOIN commitment tc ON tc.id = t.commitment_id
      LEFT JOIN occurrence o ON a.entity_type = 'occurrence' AND o.id = a.entity_id
      LEFT JOIN commitment oc ON oc.id = o.commitment_id
      LEFT JOIN app_user u ON a.entity_type = 'user' AND u.id = a.entity_id
      WHERE a.action NOT IN ('tracking.update', 'tracking.bulk_update')
      ORDER BY a.at DESC, a.id DESC LIMIT ${listLength}`,
    client.country.findMany({ orderBy: { sortOrder: "asc" }, select: { code: true, nameZh: true, nameEn: true } }),
    client.area.findMany({ orderBy: { sortOrder: "asc" }, select: { slug: true, nameZh: true, nameEn: true } }),
  ]);
  const countryGroups = group(byCountry);
  const areaGroups = group(byArea);
  return {
    totals: { ...totals, overdue: overdueTotal },
    byCountry: countries.filter((c) => countryGroups.has(c.code)).map((country) => ({ country, ...countryGroups.get(country.code)! })),
    byArea: areas.filter((a) => areaGroups.has(a.slug)).map((area) => ({ area, ...areaGroups.get(area.slug)! })),
    countries: countries.filter((c) => countryGroups.has(c.code)),
    matrix,
    overdue,
    updates,
    changes: changes.map((change) => ({ ...change, id: change.id.toString() })),
  };
}
