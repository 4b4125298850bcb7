import type { Status } from "@/lib/tracking/status";

// The columns of the exports, in file order. CSV, XLSX and JSON write the same names, and the
// import reads them back (lib/imports), so an export edited in a spreadsheet can be uploaded again.

export type ExportTrackingRow = {
  code: string;
  document: string;
  area: string;
  titleZh: string;
  titleEn: string;
  strength: string;
  type: string;
  committing: string[];
  country: string;
  status: Status;
  progress: number;
  complianceScore: number | null;
  owner: string | null;
  lastUpdate: Date | null;
  evidenceUrl: string | null;
  evidenceGrade: string | null;
  version: number;
};

export type ExportEvidence = { url: string; title: string; grade: string; eventDate: string | null };

export type ExportUpdateRow = {
  time: Date;
  code: string;
  country: string;
  author: string | null;
  statusBefore: Status;
  status: Status;
  progressBefore: number;
  progress: number;
  complianceScore: number | null;
  note: string | null;
  /** Present only in exports that include internal notes. */
  internalNote?: string | null;
  evidence: ExportEvidence[];
};

export type Cell = string | number | Date | null;
export type Column<Row> = { name: string; value: (row: Row) => Cell };

export const trackingColumns: Column<ExportTrackingRow>[] = [
  { name: "code", value: (r) => r.code },
  { name: "document", value: (r) => r.document },
  { name: "area", value: (r) => r.area },
  { name: "title_zh", value: (r) => r.titleZh },
  { name: "title_en", value: (r) => r.titleEn },
  { name: "strength", value: (r) => r.strength },
  { name: "type", value: (r) => r.type },
  { name: "committing_parties", value: (r) => r.committing.join(" ") },
  { name: "country", value: (r) => r.country },
  { name: "status", value: (r) => r.status },
  { name: "progress", value: (r) => r.progress },
  { name: "compliance_score", value: (r) => r.complianceScore },
  { name: "owner", value: (r) => r.owner },
  { name: "last_update", value: (r) => r.lastUpdate },
  { name: "evidence_url", value: (r) => r.evidenceUrl },
  { name: "evidence_grade", value: (r) => r.evidenceGrade },
  { name: "version", value: (r) => r.version },
];

const evidenceText = (evidence: ExportEvidence[]) =>
  evidence.length ? evidence.map((e) => `[${e.grade}] ${e.title} ${e.url}`).join("\n") : null;

export function updateColumns(internal: boolean): Column<ExportUpdateRow>[] {
  return [
    { name: "time", value: (r) => r.time },
    { name: "code", value: (r) => r.code },
    { name: "country", value: (r) => r.country },
    { name: "author", value: (r) => r.author },
    { name: "status_before", value: (r) => r.statusBefore },
    { name: "status", value: (r) => r.status },
    { name: "progress_before", value: (r) => r.progressBefore },
    { name: "progress", value: (r) => r.progress },
    { name: "compliance_score", value: (r) => r.complianceScore },
    { name: "note", value: (r) => r.note },
    ...(internal ? [{ name: "internal_note", value: (r: ExportUpdateRow) => r.internalNote ?? null }] : []),
    { name: "evidence", value: (r) => evidenceText(r.evidence) },
  ];
}

/** The cells of one row in column order; dates stay dates (CSV writes ISO 8601 UTC, XLSX date cells). */
export function toRecord<Row>(columns: Column<Row>[], row: Row): Cell[] {
  return columns.map((column) => column.value(row));
}

/** A JSON object keyed by the column names; evidence stays structured. */
export function toJsonObject<Row>(columns: Column<Row>[], row: Row): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  for (const column of columns) {
    const value = column.value(row);
    object[column.name] = value instanceof Date ? value.toISOString() : value;
  }
  const { evidence } = row as { evidence?: ExportEvidence[] };
  if (evidence) object.evidence = evidence;
  return object;
}

export const trackingColumnNames = trackingColumns.map((column) => column.name);
