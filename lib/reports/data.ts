import "server-only";
import { listFilterOptions } from "@/lib/commitments/data";
import { filterConditions } from "@/lib/commitments/query";
import type { CommitmentFilter } from "@/lib/commitments/schema";
import { db } from "@/lib/db";
import { poolOf } from "@/lib/db/client";
import { copyCsv } from "@/lib/db/copy";
import { cursorBatches } from "@/lib/db/cursor";
import { Prisma } from "@/lib/generated/prisma/client";
import { changeWindow, endOfDay } from "./as-of";
import type { ExportTrackingRow, ExportUpdateRow } from "./columns";
import {
  afterTrackingRow, exportRowConditions, exportUpdateConditions, latestEvidence, loggedBetween, stateBefore,
  trackingFrom, trackingOrder, updateCsvSelect, updateEvidence, updateExportSelect,
} from "./query";
import { buildStatusReport, type ReportChange, type ReportRow, type StatusReport } from "./report-model";
import { reportFilter, type ReportParams } from "./schema";

// Exports read in batches (keyset for the tracking rows, a cursor for the updates), so that a
// million updates stream through bounded memory; every other read here is a fixed number of queries.

export const exportBatchSize = 5_000;
const updateBatchSize = 1_000;

type TrackingCursor = { docDate: string; position: number; sortOrder: number };

/** The filtered view's (commitment, country) rows with their current state, in table order. */
export async function* exportTrackingBatches(filter: CommitmentFilter, batchSize = exportBatchSize): AsyncGenerator<ExportTrackingRow[]> {
  let after = Prisma.sql`TRUE`;
  for (;;) {
    const rows = await db().$queryRaw<(ExportTrackingRow & TrackingCursor)[]>`
      SELECT c.code, d.slug AS document, c.area_slug AS area, c.title_zh AS "titleZh", c.title_en AS "titleEn",
        c.strength::text AS strength, c.type::text AS type,
        ARRAY(SELECT p.country_code::text FROM commitment_party p JOIN country pk ON pk.code = p.country_code
              WHERE p.commitment_id = c.id AND p.role = 'COMMITTING' ORDER BY pk.sort_order) AS committing,
        t.country_code::text AS country, t.status::text AS status, t.progress, t.compliance_score AS "complianceScore",
        o.name AS owner, t.last_update_at AS "lastUpdate", ev.url AS "evidenceUrl", ev.grade AS "evidenceGrade", t.version,
        to_char(d.date, 'YYYY-MM-DD') AS "docDate", c.position, k.sort_order AS "sortOrder"
      ${trackingFrom}
      LEFT JOIN app_user o ON o.id = t.owner_id
      ${latestEvidence(null)}
      WHERE ${exportRowConditions(filter)} AND ${after}
      ORDER BY ${trackingOrder}
      LIMIT ${batchSize}`;
    if (rows.length > 0) yield rows;
    if (rows.length < batchSize) return;
    after = afterTrackingRow(rows[rows.length - 1]);
  }
}

/** Every status update of the filtered view, oldest first; internal notes are read only when asked for. */
export function exportUpdateBatches(
  filter: CommitmentFilter,
  { internal, batchSize = updateBatchSize }: { internal: boolean; batchSize?: number },
): AsyncGenerator<ExportUpdateRow[]> {
  // Raw pg on Prisma's own pool: Prisma's row conversion alone took 15 s for a million rows.
  const { text, values } = updateExportSelect(filter, { internal });
  return cursorBatches<ExportUpdateRow>(poolOf(db()), { text, values }, batchSize);
}

/**
 * The same updates as CSV records written by PostgreSQL's COPY, in `updateColumns` order and in
 * the export's CSV rules (CSV is the format of the largest exports: a million updates).
 */
export function exportUpdateCsvRecords(filter: CommitmentFilter, { internal }: { internal: boolean }): AsyncGenerator<Buffer> {
  return copyCsv(poolOf(db()), updateCsvSelect(filter, { internal }));
}

/** What an export's summary says: rows by country and status, and how many updates it holds. */
export async function countExport(filter: CommitmentFilter) {
  const [cells, [{ updates }]] = await Promise.all([
    db().$queryRaw<{ country: string; status: string; count: number }[]>`
      SELECT t.country_code::text AS country, t.status::text AS status, count(*)::int AS count
      ${trackingFrom} WHERE ${exportRowConditions(filter)} GROUP BY 1, 2`,
    db().$queryRaw<{ updates: number }[]>`SELECT count(*)::int AS updates FROM status_update u WHERE ${exportUpdateConditions(filter)}`,
  ]);
  return { cells, updates };
}

type AsOfRow = Omit<ReportRow, "evidence"> & { url: string | null; title: string | null; grade: string | null; eventDate: string | null };

/**
 * Each selected (commitment, country) row as it stood at the end of `asOf`: the latest update
 * logged by then, or not assessed if there was none. Documents dated after `asOf` are left out.
 */
export async function listTrackingAsOf(params: Pick<ReportParams, "documents" | "areas" | "countries" | "asOf">): Promise<ReportRow[]> {
  const inCountries = params.countries.length ? Prisma.sql`AND t.country_code = ANY(${params.countries}::text[])` : Prisma.empty;
  const rows = await db().$queryRaw<AsOfRow[]>`
    SELECT c.code, c.title_zh AS "titleZh", c.title_en AS "titleEn", c.area_slug AS area, d.slug AS document,
      t.country_code::text AS country, COALESCE(s.status, 'NOT_ASSESSED') AS status, COALESCE(s.progress, 0) AS progress,
      s.compliance_score AS "complianceScore", s.created_at AS "lastUpdate", ev.url, ev.title, ev.grade, ev."eventDate"
    ${trackingFrom}
    ${stateBefore(endOfDay(params.asOf))}
    ${latestEvidence(endOfDay(params.asOf))}
    WHERE ${reportFilterConditions(params)} AND d.date <= ${params.asOf}::date ${inCountries}
    ORDER BY ${trackingOrder}`;
  return rows.map(({ url, title, grade, eventDate, ...row }) => ({ ...row, evidence: url ? { url, title: title ?? url, grade: grade ?? "", eventDate } : null }));
}

const reportFilterConditions = (params: Pick<ReportParams, "documents" | "areas">) => filterConditions(reportFilter(params));

const changesShown = 1_000;

/** Updates of the selected rows logged after the end of `since` up to the end of `asOf`, newest first. */
export async function listChanges(params: ReportParams): Promise<{ changes: ReportChange[]; total: number }> {
  if (!params.since) return { changes: [], total: 0 };
  const { from, to } = changeWindow(params.since, params.asOf);
  const inCountries = params.countries.length ? Prisma.sql`AND u.country_code = ANY(${params.countries}::text[])` : Prisma.empty;
  const where = Prisma.sql`${loggedBetween(from, to)} ${inCountries} AND u.commitment_id IN (
    SELECT c.id FROM commitment c JOIN document d ON d.id = c.document_id WHERE ${reportFilterConditions(params)})`;
  const internalNote = params.internal ? Prisma.sql`, u.internal_note AS "internalNote"` : Prisma.empty;
  const [changes, [{ total }]] = await Promise.all([
    db().$queryRaw<(Omit<ReportChange, "at"> & { at: Date })[]>`
      SELECT u.id, u.created_at AS at, au.name AS author, c.code, c.title_zh AS "titleZh", c.title_en AS "titleEn",
        u.country_code::text AS country, u.status_before::text AS "statusBefore", u.status::text AS status,
        u.progress_before AS "progressBefore", u.progress, u.note ${internalNote}, ${updateEvidence} AS evidence
      FROM status_update u JOIN commitment c ON c.id = u.commitment_id LEFT JOIN app_user au ON au.id = u.author_id
      WHERE ${where}
      ORDER BY u.created_at DESC, u.id DESC
      LIMIT ${changesShown}`,
    db().$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total FROM status_update u WHERE ${where}`,
  ]);
  return { changes: changes.map((change) => ({ ...change, at: change.at.toISOString() })), total };
}

/** The whole status report: four queries whatever the number of commitments. */
export async function getStatusReport(params: ReportParams, now = new Date()): Promise<StatusReport> {
  const [rows, changes, options] = await Promise.all([listTrackingAsOf(params), listChanges(params), listFilterOptions()]);
  return buildStatusReport({
    params,
    now,
    rows,
    changes: params.since ? changes.changes : null,
    changesTotal: changes.total,
    countries: options.countries.map((c) => ({ key: c.code, nameZh: c.nameZh, nameEn: c.nameEn })),
    areas: options.areas.map((a) => ({ key: a.slug, nameZh: a.nameZh, nameEn: a.nameEn })),
    documents: options.documents.map((d) => ({ key: d.slug, nameZh: d.titleZh, nameEn: d.titleEn, date: d.date.toISOString().slice(0, 10) })),
  });
}
