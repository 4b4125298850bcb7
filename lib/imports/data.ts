import "server-only";
import { db } from "@/lib/db";
import type { Status } from "@/lib/tracking/status";

export type ImportTarget = {
  code: string;
  country: string;
  version: number;
  commitmentId: string | null;
  countryKnown: boolean;
  trackingId: string | null;
  current: { status: Status; progress: number; complianceScore: number | null; version: number } | null;
  /** The state at the version the file was exported at: its latest update up to that version. */
  seen: { status: Status; progress: number; complianceScore: number | null } | null;
  /** Who last logged an update on the row, and when (for "changed since your export"). */
  lastBy: string | null;
  lastAt: Date | null;
};

type Row = Omit<ImportTarget, "current" | "seen"> & {
  status: Status | null; progress: number | null; complianceScore: number | null; currentVersion: number | null;
  seenStatus: Status | null; seenProgress: number | null; seenScore: number | null;
};

/** Every (code, country, version) of a file in one query, whatever its length; results in input order. */
export async function findImportTargets(keys: { code: string; country: string; version: number }[]): Promise<ImportTarget[]> {
  if (keys.length === 0) return [];
  const rows = await db().$queryRaw<Row[]>`
    SELECT i.code, i.country, i.version, c.id AS "commitmentId", (k.code IS NOT NULL) AS "countryKnown", t.id AS "trackingId",
      t.status::text AS status, t.progress, t.compliance_score AS "complianceScore", t.version AS "currentVersion",
      seen.status AS "seenStatus", seen.progress AS "seenProgress", seen.compliance_score AS "seenScore",
      last.name AS "lastBy", last.created_at AS "lastAt"
    FROM unnest(${keys.map((k) => k.code)}::text[], ${keys.map((k) => k.country)}::text[], ${keys.map((k) => k.version)}::int[]) WITH ORDINALITY AS i(code, country, version, n)
    LEFT JOIN commitment c ON c.code = i.code
    LEFT JOIN country k ON k.code = i.country
    LEFT JOIN tracking t ON t.commitment_id = c.id AND t.country_code = i.country
    LEFT JOIN LATERAL (
      SELECT u.status::text AS status, u.progress, u.compliance_score FROM status_update u
      WHERE u.tracking_id = t.id AND u.tracking_version <= i.version ORDER BY u.tracking_version DESC LIMIT 1) seen ON TRUE
    LEFT JOIN LATERAL (
      SELECT au.name, u.created_at FROM status_update u LEFT JOIN app_user au ON au.id = u.author_id
      WHERE u.tracking_id = t.id ORDER BY u.created_at DESC, u.tracking_version DESC LIMIT 1) last ON TRUE
    ORDER BY i.n`;
  return rows.map(({ status, progress, complianceScore, currentVersion, seenStatus, seenProgress, seenScore, ...row }) => ({
    ...row,
    current: row.trackingId ? { status: status!, progress: progress!, complianceScore, version: currentVersion! } : null,
    // No update up to that version: the row had never been assessed.
    seen: row.trackingId ? { status: seenStatus ?? "NOT_ASSESSED", progress: seenProgress ?? 0, complianceScore: seenStatus ? seenScore : null } : null,
  }));
}
