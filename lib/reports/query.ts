import "server-only";
import { filterConditions } from "@/lib/commitments/query";
import type { CommitmentFilter } from "@/lib/commitments/schema";
import { Prisma } from "@/lib/generated/prisma/client";

// SQL building blocks of the exports and the status report. Aliases: t tracking, c commitment,
// d document, a area, k country, u status_update. Moments go in as ISO text cast to `timestamp`
// (the columns hold UTC without a zone), so the session's time zone never shifts a bound.

const moment = (value: Date) => Prisma.sql`${value.toISOString()}::timestamp`;

export const trackingFrom = Prisma.sql`FROM tracking t
  JOIN commitment c ON c.id = t.commitment_id
  JOIN document d ON d.id = c.document_id
  JOIN area a ON a.slug = c.area_slug
  JOIN country k ON k.code = t.country_code`;

/** Table order: document date, position in it, code, then the countries' display order. */
export const trackingOrder = Prisma.sql`d.date, c.position, c.code, k.sort_order, t.country_code::text`;

/**
 * The commitments view's filter, down to the (commitment, country) rows it is about: the
 * commitments it selects and, of those, the rows in its country, status, owner and evidence.
 */
export function exportRowConditions(filter: CommitmentFilter): Prisma.Sql {
  const parts = [filterConditions(filter)];
  if (filter.country) parts.push(Prisma.sql`t.country_code = ${filter.country}`);
  if (filter.status.length) parts.push(Prisma.sql`t.status::text = ANY(${filter.status}::text[])`);
  if (filter.owner === "none") parts.push(Prisma.sql`t.owner_id IS NULL`);
  else if (filter.owner) parts.push(Prisma.sql`t.owner_id = ${filter.owner}`);
  if (filter.noEvidence) parts.push(Prisma.sql`NOT t.has_evidence`);
  return Prisma.join(parts, " AND ");
}

/** Every status update of the filtered commitments (in the filter's country, if it has one). */
export function exportUpdateConditions(filter: CommitmentFilter): Prisma.Sql {
  const inView = Prisma.sql`u.commitment_id IN (SELECT c.id FROM commitment c JOIN document d ON d.id = c.document_id WHERE ${filterConditions(filter)})`;
  return filter.country ? Prisma.sql`${inView} AND u.country_code = ${filter.country}` : inView;
}

/** Keyset continuation after the last row of a batch, in `trackingOrder`. */
export function afterTrackingRow(last: { docDate: string; position: number; code: string; sortOrder: number; country: string }) {
  return Prisma.sql`(d.date, c.position, c.code, k.sort_order, t.country_code::text)
    > (${last.docDate}::date, ${last.position}, ${last.code}, ${last.sortOrder}, ${last.country})`;
}

/** Every status update of the filtered view, oldest first, with its commitment (c) and author (au). */
function updatesInView(filter: CommitmentFilter, columns: Prisma.Sql, lateral = Prisma.empty): Prisma.Sql {
  return Prisma.sql`SELECT ${columns}
    FROM status_update u
    JOIN commitment c ON c.id = u.commitment_id
    LEFT JOIN app_user au ON au.id = u.author_id ${lateral}
    WHERE ${exportUpdateConditions(filter)}
    ORDER BY u.created_at, u.id`;
}

/** The updates as the export's rows (ExportUpdateRow); internal notes are selected only when asked for. */
export function updateExportSelect(filter: CommitmentFilter, { internal }: { internal: boolean }): Prisma.Sql {
  const internalNote = internal ? Prisma.sql`, u.internal_note AS "internalNote"` : Prisma.empty;
  return updatesInView(filter, Prisma.sql`u.created_at AS time, c.code, u.country_code::text AS country, au.name AS author,
    u.status_before::text AS "statusBefore", u.status::text AS status, u.progress_before AS "progressBefore",
    u.progress, u.compliance_score AS "complianceScore", u.note ${internalNote}, ${updateEvidence} AS evidence`);
}

/**
 * A text cell as csv-stringify writes it with the export's options (csvOptions in export-csv.ts):
 * one apostrophe before a cell that starts with = + - @ tab CR, their full-width forms or an
 * apostrophe, and an empty text written like a missing one (COPY would quote it).
 */
function csvText(column: string): Prisma.Sql {
  const value = Prisma.raw(column);
  const triggers = Prisma.raw(`'=', '+', '-', '@', '''', chr(9), chr(13), chr(65309), chr(65291), chr(65293), chr(65312)`);
  return Prisma.sql`CASE WHEN left(${value}, 1) IN (${triggers}) THEN '''' || ${value} ELSE NULLIF(${value}, '') END`;
}

/**
 * The updates CSV's records for PostgreSQL's COPY to write: the cells of `updateColumns`, in its
 * order, each already as the CSV holds it (time in ISO 8601 UTC, evidence as its text lines).
 */
export function updateCsvSelect(filter: CommitmentFilter, { internal }: { internal: boolean }): Prisma.Sql {
  const internalNote = internal ? Prisma.sql`${csvText("u.internal_note")},` : Prisma.empty;
  const evidenceText = Prisma.sql`LEFT JOIN LATERAL (
    SELECT string_agg('[' || e.grade || '] ' || e.title || ' ' || e.url, chr(10) ORDER BY e.event_date DESC NULLS LAST, e.id) AS text
    FROM evidence e WHERE e.update_id = u.id) ev ON TRUE`;
  return updatesInView(filter, Prisma.sql`to_char(u.created_at, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), ${csvText("c.code")},
    ${csvText("u.country_code::text")}, ${csvText("au.name")}, ${csvText("u.status_before::text")}, ${csvText("u.status::text")},
    u.progress_before, u.progress, u.compliance_score, ${csvText("u.note")}, ${internalNote} ${csvText("ev.text")}`, evidenceText);
}

/**
 * The state of tracking row `t` as it stood before `bound`: its latest update created before then
 * (alias s: status, progress, compliance_score, created_at), or no row at all, which means it had
 * not been assessed yet. Ties on the timestamp go to the later tracking version.
 */
export function stateBefore(bound: Date): Prisma.Sql {
  return Prisma.sql`LEFT JOIN LATERAL (
    SELECT u.status::text AS status, u.progress, u.compliance_score, u.created_at
    FROM status_update u
    WHERE u.tracking_id = t.id AND u.created_at < ${moment(bound)}
    ORDER BY u.created_at DESC, u.tracking_version DESC
    LIMIT 1) s ON TRUE`;
}

/** The latest evidence of tracking row `t` (alias ev), from updates before `bound` if given. */
export function latestEvidence(bound: Date | null): Prisma.Sql {
  const before = bound ? Prisma.sql`AND u.created_at < ${moment(bound)}` : Prisma.empty;
  return Prisma.sql`LEFT JOIN LATERAL (
    SELECT e.url, e.title, e.grade::text AS grade, to_char(e.event_date, 'YYYY-MM-DD') AS "eventDate"
    FROM evidence e JOIN status_update u ON u.id = e.update_id
    WHERE u.tracking_id = t.id ${before}
    ORDER BY u.created_at DESC, u.tracking_version DESC, e.event_date DESC NULLS LAST, e.id
    LIMIT 1) ev ON TRUE`;
}

/** Updates logged in [from, to). */
export function loggedBetween(from: Date, to: Date): Prisma.Sql {
  return Prisma.sql`u.created_at >= ${moment(from)} AND u.created_at < ${moment(to)}`;
}

/** Evidence of update `u` as a JSON array, newest event first. */
export const updateEvidence = Prisma.sql`COALESCE((
  SELECT json_agg(json_build_object('url', e.url, 'title', e.title, 'grade', e.grade, 'eventDate', to_char(e.event_date, 'YYYY-MM-DD'))
    ORDER BY e.event_date DESC NULLS LAST, e.id)
  FROM evidence e WHERE e.update_id = u.id), '[]'::json)`;
