import { suggestedComplianceScore, suggestProgress } from "@/lib/tracking/status";
import { findImportTargets, type ImportTarget } from "./data";
import { parseUpload, type FileProblem, type RawRow, type UploadedFile } from "./parse";
import { importRowSchema, type ImportRow, type PreviewRow, type PreviewView, type RowIssue, type RowOutcome, type TrackingState } from "./schema";

/** A row that will become a status update, with the version it must still be at when applied. */
export type ImportChange = {
  trackingId: string;
  commitmentId: string;
  country: string;
  version: number;
  after: TrackingState;
  note: string | null;
  internalNote: string | null;
};

export type ImportPreview = { ok: true; format: "csv" | "xlsx"; rows: PreviewRow[]; changes: ImportChange[]; counts: Record<RowOutcome, number> };

const keyOf = (code: string, country: string) => `${code}\u0000${country}`;
const same = (a: TrackingState, b: TrackingState) => a.status === b.status && a.progress === b.progress && a.complianceScore === b.complianceScore;
const day = (moment: Date | null) => moment?.toISOString().slice(0, 10) ?? "?";

/**
 * What the row asks for, measured against the state the file was exported at: a blank progress or
 * score keeps that state's figure, or takes the status's suggestion when the status changes (as the
 * update form does).
 */
export function wantedState(row: ImportRow, seen: TrackingState): TrackingState {
  const statusChanged = row.status !== seen.status;
  return {
    status: row.status,
    progress: row.progress ?? (statusChanged ? suggestProgress(row.status, seen.progress) : seen.progress),
    complianceScore: row.compliance_score !== undefined ? row.compliance_score : statusChanged ? suggestedComplianceScore[row.status] : seen.complianceScore,
  };
}

/** Classifies one valid row against the database; stale rows are refused unless they ask for no change. */
export function classify(line: number, row: ImportRow, target: ImportTarget): { preview: PreviewRow; change?: ImportChange } {
  const base = { line, code: row.code, country: row.country };
  const error = (key: string, values?: Record<string, string | number>) => ({ preview: { ...base, outcome: "error" as const, issues: [{ key, values }] } });
  if (!target.commitmentId) return error("unknownCode", { code: row.code });
  if (!target.countryKnown) return error("unknownCountry", { country: row.country });
  if (!target.trackingId || !target.current || !target.seen) return error("notTracked", { code: row.code, country: row.country });
  const { current } = target;
  if (row.version > current.version) return error("versionAhead", { version: row.version, current: current.version });
  const stale = row.version < current.version;
  const wanted = wantedState(row, stale ? target.seen : current);
  const note = row.note ?? null;
  const internalNote = row.internal_note ?? null;
  if (same(wanted, stale ? target.seen : current) && !note && !internalNote) {
    const issues = stale ? [{ key: "keptNewer", values: { by: target.lastBy ?? "?", date: day(target.lastAt) } }] : [];
    return { preview: { ...base, outcome: "unchanged", issues, before: current } };
  }
  if (stale) return error("stale", { version: row.version, current: current.version, by: target.lastBy ?? "?", date: day(target.lastAt) });
  return {
    preview: { ...base, outcome: "update", issues: [], before: current, after: wanted, note },
    change: { trackingId: target.trackingId, commitmentId: target.commitmentId, country: row.country, version: row.version, after: wanted, note, internalNote },
  };
}

// Tab and line breaks belong in a note; any other control character is debris, and a NUL byte
// cannot be stored by PostgreSQL at all (nor looked up: codes are sent to the database as is).
const controlCharacter = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const visible = (text: string | undefined) => (text ?? "").trim().replace(new RegExp(controlCharacter, "g"), "\uFFFD");

function validate(raw: RawRow): { row: ImportRow } | { preview: PreviewRow } {
  const base = { line: raw.line, code: visible(raw.cells.code), country: visible(raw.cells.country), outcome: "error" as const };
  const withControls = Object.keys(raw.cells).filter((column) => controlCharacter.test(raw.cells[column]));
  if (withControls.length) return { preview: { ...base, issues: [{ key: "controlCharacter", values: { columns: withControls.join(", ") } }] } };
  const parsed = importRowSchema.safeParse(raw.cells);
  if (parsed.success) return { row: parsed.data };
  const issues: RowIssue[] = [];
  for (const issue of parsed.error.issues) {
    const key = issue.message.replace(/^row\./, "");
    if (issues.some((known) => known.key === key)) continue;
    const column = String(issue.path[0] ?? "");
    issues.push({ key, values: { column, value: (raw.cells[column] ?? "").trim() } });
  }
  return { preview: { ...base, issues } };
}

/** Parses, validates and classifies every row of an upload; nothing is written. */
export async function buildPreview(file: UploadedFile): Promise<ImportPreview | ({ ok: false } & FileProblem)> {
  const parsed = await parseUpload(file);
  if (!parsed.ok) return parsed;
  if (parsed.rows.length === 0) return { ok: false, error: "noRows" };
  const checked = parsed.rows.map((raw) => ({ raw, result: validate(raw) }));
  const firstLine = new Map<string, number>();
  const valid: { line: number; row: ImportRow }[] = [];
  const previews = new Map<number, PreviewRow>();
  for (const { raw, result } of checked) {
    if ("preview" in result) {
      previews.set(raw.line, result.preview);
      continue;
    }
    const key = keyOf(result.row.code, result.row.country);
    const earlier = firstLine.get(key);
    if (earlier !== undefined) {
      previews.set(raw.line, { line: raw.line, code: result.row.code, country: result.row.country, outcome: "error", issues: [{ key: "duplicate", values: { line: earlier } }] });
      continue;
    }
    firstLine.set(key, raw.line);
    valid.push({ line: raw.line, row: result.row });
  }
  const targets = await findImportTargets(valid.map(({ row }) => ({ code: row.code, country: row.country, version: row.version })));
  const changes: ImportChange[] = [];
  valid.forEach(({ line, row }, index) => {
    const { preview, change } = classify(line, row, targets[index]);
    previews.set(line, preview);
    if (change) changes.push(change);
  });
  const rows = parsed.rows.map((raw) => previews.get(raw.line)!);
  const counts = { update: 0, unchanged: 0, error: 0 };
  for (const row of rows) counts[row.outcome]++;
  return { ok: true, format: parsed.format, rows, changes, counts };
}

const order: Record<RowOutcome, number> = { error: 0, update: 1, unchanged: 2 };
export const previewRowsShown = 300;

/** The part of a preview the browser gets: errors first, then updates, then the rest, capped. */
export function previewView(preview: ImportPreview, fileName: string): PreviewView {
  const rows = [...preview.rows].sort((a, b) => order[a.outcome] - order[b.outcome] || a.line - b.line).slice(0, previewRowsShown);
  return { fileName, format: preview.format, counts: preview.counts, rows, shown: rows.length };
}
