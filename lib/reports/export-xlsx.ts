import { PassThrough, type Readable } from "node:stream";
import ExcelJS from "exceljs";
import { statuses } from "@/lib/tracking/status";
import { toRecord, trackingColumns, updateColumns, type Column, type ExportTrackingRow, type ExportUpdateRow } from "./columns";
import type { Translate } from "./translator";

/** exceljs's streaming writer still grows by about 0.4 KB a row, so very large workbooks are cut here. */
export const xlsxRowCap = 200_000;

export const xlsxSheetNames = { tracking: "Commitments × countries", updates: "Updates", summary: "Summary" } as const;

const widths: Record<string, number> = {
  code: 18, document: 24, area: 18, title_zh: 36, title_en: 48, committing_parties: 18, status: 14, status_before: 14,
  owner: 18, last_update: 20, time: 20, evidence_url: 40, evidence: 60, note: 48, internal_note: 48, author: 18,
};
const dateColumns = new Set(["last_update", "time"]);

type Sheet = ExcelJS.Worksheet;

function startSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, name: string, columns: { name: string }[]): Sheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = columns.map((column) => ({
    key: column.name,
    width: widths[column.name] ?? 12,
    style: dateColumns.has(column.name) ? { numFmt: "yyyy-mm-dd hh:mm:ss" } : {},
  }));
  const header = sheet.addRow(columns.map((column) => column.name));
  header.font = { bold: true };
  header.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE2E8F0" } };
  header.commit();
  return sheet;
}

/** Writes rows until the cap; returns how many were written. Stopping early ends the database reads. */
async function writeRows<Row>(sheet: Sheet, columns: Column<Row>[], batches: AsyncIterable<Row[]>): Promise<number> {
  let written = 0;
  for await (const batch of batches) {
    for (const row of batch) {
      if (written === xlsxRowCap) return written;
      sheet.addRow(toRecord(columns, row)).commit();
      written++;
    }
  }
  return written;
}

function finishSheet(sheet: Sheet, columnCount: number, rowCount: number) {
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: rowCount + 1, column: columnCount } };
  sheet.commit();
}

export type XlsxExportInput = {
  t: Translate;
  generatedAt: Date;
  filters: [string, string][];
  internal: boolean;
  counts: { cells: { country: string; status: string; count: number }[]; updates: number };
  tracking: AsyncIterable<ExportTrackingRow[]>;
  updates: AsyncIterable<ExportUpdateRow[]>;
};

function writeSummary(workbook: ExcelJS.stream.xlsx.WorkbookWriter, input: XlsxExportInput, rows: number) {
  const { t } = input;
  const sheet = workbook.addWorksheet(xlsxSheetNames.summary);
  sheet.columns = [{ width: 28 }, ...statuses.map(() => ({ width: 14 })), { width: 10 }];
  const line = (values: (string | number)[], bold = false) => {
    const row = sheet.addRow(values);
    if (bold) row.font = { bold: true };
    row.commit();
  };
  line([t("reports.export.summary.title")], true);
  line([t("reports.export.summary.generatedAt"), `${input.generatedAt.toISOString()} (UTC)`]);
  line([t("reports.export.summary.asOf"), t("reports.export.summary.asOfNow")]);
  line([t("reports.export.summary.filters"), input.filters.length ? input.filters.map(([key, value]) => `${key}=${value}`).join("  ") : t("reports.export.summary.noFilters")]);
  line([t("reports.export.summary.internal"), input.internal ? t("reports.export.summary.internalYes") : t("reports.export.summary.internalNo")], input.internal);
  line([t("reports.export.summary.rows"), rows]);
  line([t("reports.export.summary.updates"), input.counts.updates]);
  if (input.counts.updates > xlsxRowCap || rows > xlsxRowCap) line([t("reports.export.summary.capped", { cap: xlsxRowCap })], true);
  line([]);
  line([t("reports.export.summary.byCountry"), ...statuses.map((status) => t(`status.${status}`)), t("reports.export.summary.total")], true);
  const countries = [...new Set(input.counts.cells.map((cell) => cell.country))].sort();
  for (const country of countries) {
    const cells = input.counts.cells.filter((cell) => cell.country === country);
    const count = (status: string) => cells.find((cell) => cell.status === status)?.count ?? 0;
    line([country, ...statuses.map(count), cells.reduce((sum, cell) => sum + cell.count, 0)]);
  }
  sheet.commit();
}

/** The workbook: Summary, then every (commitment, country) row, then the updates, streamed. */
export function xlsxExport(input: XlsxExportInput): Readable {
  const output = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useSharedStrings: false, useStyles: true });
  const rows = input.counts.cells.reduce((sum, cell) => sum + cell.count, 0);
  (async () => {
    writeSummary(workbook, input, rows);
    const tracking = startSheet(workbook, xlsxSheetNames.tracking, trackingColumns);
    finishSheet(tracking, trackingColumns.length, await writeRows(tracking, trackingColumns, input.tracking));
    const columns = updateColumns(input.internal);
    const updates = startSheet(workbook, xlsxSheetNames.updates, columns);
    finishSheet(updates, columns.length, await writeRows(updates, columns, input.updates));
    await workbook.commit();
  })().catch((error: unknown) => output.destroy(error as Error));
  return output;
}
