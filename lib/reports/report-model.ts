import { localized } from "@/lib/i18n/localized";
import { statuses, type Status } from "@/lib/tracking/status";
import type { ExportEvidence } from "./columns";
import type { ReportParams } from "./schema";

// The status report as plain data (no Date objects): the page, the PDF, the XLSX and the CLI all
// render this one object, and it crosses a process boundary as JSON (see scripts/report.ts).

export type ReportCell = {
  status: Status;
  progress: number;
  complianceScore: number | null;
  /** ISO time of the update that set this state, or null: never assessed by the as-of date. */
  lastUpdate: string | null;
  evidence: ExportEvidence | null;
};

export type ReportCommitment = { code: string; titleZh: string; titleEn: string; area: string; document: string; cells: Record<string, ReportCell> };

export type ReportChange = {
  id: string;
  at: string;
  author: string | null;
  code: string;
  titleZh: string;
  titleEn: string;
  country: string;
  statusBefore: Status;
  status: Status;
  progressBefore: number;
  progress: number;
  note: string | null;
  internalNote?: string | null;
  evidence: ExportEvidence[];
};

export type Named = { key: string; nameZh: string; nameEn: string };
export type StatusCounts = { key: string; counts: Partial<Record<Status, number>>; total: number };

export type StatusReport = {
  params: ReportParams;
  generatedAt: string;
  /** Reference data, for the filter labels: every country, area and document. */
  countries: Named[];
  areas: Named[];
  documents: (Named & { date: string })[];
  /** The countries with at least one row in the report, in display order: the matrix columns. */
  columns: string[];
  commitments: ReportCommitment[];
  summary: { commitments: number; rows: number; byStatus: Record<Status, number>; averageProgress: number | null; completed: number };
  byArea: StatusCounts[];
  byCountry: StatusCounts[];
  changes: ReportChange[] | null;
  changesTotal: number;
};

export type ReportRow = {
  code: string;
  titleZh: string;
  titleEn: string;
  area: string;
  document: string;
  country: string;
  status: Status;
  progress: number;
  complianceScore: number | null;
  lastUpdate: Date | null;
  evidence: ExportEvidence | null;
};

function countBy(rows: ReportRow[], key: (row: ReportRow) => string, order: string[]): StatusCounts[] {
  const groups = new Map<string, StatusCounts>();
  for (const row of rows) {
    const group = groups.get(key(row)) ?? { key: key(row), counts: {}, total: 0 };
    group.counts[row.status] = (group.counts[row.status] ?? 0) + 1;
    group.total++;
    groups.set(group.key, group);
  }
  return order.filter((k) => groups.has(k)).map((k) => groups.get(k)!);
}

/** Rows come in table order (document, position, country), as `listTrackingAsOf` returns them. */
export function buildStatusReport(input: {
  params: ReportParams;
  now: Date;
  rows: ReportRow[];
  changes: ReportChange[] | null;
  changesTotal: number;
  countries: Named[];
  areas: Named[];
  documents: (Named & { date: string })[];
}): StatusReport {
  const { rows } = input;
  const commitments = new Map<string, ReportCommitment>();
  for (const row of rows) {
    const entry = commitments.get(row.code) ?? { code: row.code, titleZh: row.titleZh, titleEn: row.titleEn, area: row.area, document: row.document, cells: {} };
    entry.cells[row.country] = {
      status: row.status, progress: row.progress, complianceScore: row.complianceScore,
      lastUpdate: row.lastUpdate?.toISOString() ?? null, evidence: row.evidence,
    };
    commitments.set(row.code, entry);
  }
  const byStatus = Object.fromEntries(statuses.map((status) => [status, 0])) as Record<Status, number>;
  for (const row of rows) byStatus[row.status]++;
  const assessed = rows.filter((row) => row.status !== "NOT_ASSESSED");
  const countryOrder = input.countries.map((country) => country.key);
  const present = new Set(rows.map((row) => row.country));
  return {
    params: input.params,
    generatedAt: input.now.toISOString(),
    countries: input.countries,
    areas: input.areas,
    documents: input.documents,
    columns: countryOrder.filter((code) => present.has(code)),
    commitments: [...commitments.values()],
    summary: {
      commitments: commitments.size,
      rows: rows.length,
      byStatus,
      averageProgress: assessed.length ? Math.round(assessed.reduce((sum, row) => sum + row.progress, 0) / assessed.length) : null,
      completed: byStatus.COMPLETED,
    },
    byArea: countBy(rows, (row) => row.area, input.areas.map((area) => area.key)),
    byCountry: countBy(rows, (row) => row.country, countryOrder),
    changes: input.changes,
    changesTotal: input.changesTotal,
  };
}

export const nameOf = (list: Named[], key: string, locale: string) => {
  const item = list.find((entry) => entry.key === key);
  return item ? localized(locale, item.nameZh, item.nameEn) : key;
};
