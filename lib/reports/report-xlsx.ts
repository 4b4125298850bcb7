import { PassThrough, type Readable } from "node:stream";
import ExcelJS from "exceljs";
import { localized } from "@/lib/i18n/localized";
import { statuses } from "@/lib/tracking/status";
import { nameOf, type StatusReport } from "./report-model";
import type { Translate } from "./translator";

type Workbook = ExcelJS.stream.xlsx.WorkbookWriter;
type Value = string | number | Date | null;

function table(workbook: Workbook, name: string, header: { label: string; width: number; date?: boolean }[], rows: Iterable<Value[]>) {
  const sheet = workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = header.map((column) => ({ width: column.width, style: column.date ? { numFmt: "yyyy-mm-dd hh:mm" } : {} }));
  const head = sheet.addRow(header.map((column) => column.label));
  head.font = { bold: true };
  head.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE2E8F0" } };
  head.commit();
  let count = 0;
  for (const row of rows) {
    sheet.addRow(row).commit();
    count++;
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: count + 1, column: header.length } };
  sheet.commit();
}

function summary(workbook: Workbook, report: StatusReport, t: Translate, locale: string) {
  const { params } = report;
  const list = (keys: string[], names: StatusReport["countries"]) => (keys.length ? keys.map((key) => nameOf(names, key, locale)).join(", ") : t("reports.all"));
  const sheet = workbook.addWorksheet(t("reports.xlsx.summarySheet"));
  sheet.columns = [{ width: 34 }, ...statuses.map(() => ({ width: 14 }))];
  const line = (values: Value[], bold = false) => {
    const row = sheet.addRow(values);
    if (bold) row.font = { bold: true };
    row.commit();
  };
  line([t("reports.pdf.title")], true);
  line([t("reports.asOf"), `${params.asOf} (${t("reports.endOfDayUtc")})`]);
  line([t("reports.since"), params.since ?? "—"]);
  line([t("reports.documents"), list(params.documents, report.documents)]);
  line([t("reports.countries"), list(params.countries, report.countries)]);
  line([t("reports.areas"), list(params.areas, report.areas)]);
  line([t("reports.pdf.generatedAt"), `${report.generatedAt} (UTC)`]);
  if (params.internal) line([t("reports.pdf.internalWarning")], true);
  line([]);
  line([t("reports.figures.commitments"), report.summary.commitments]);
  line([t("reports.figures.rows"), report.summary.rows]);
  line([t("reports.figures.completed"), report.summary.completed]);
  line([t("reports.figures.averageProgress"), report.summary.averageProgress]);
  if (report.changes) line([t("reports.figures.changes"), report.changesTotal]);
  for (const [heading, groups, names] of [
    [t("reports.byCountry"), report.byCountry, report.countries],
    [t("reports.byArea"), report.byArea, report.areas],
  ] as const) {
    line([]);
    line([heading, ...statuses.map((status) => t(`status.${status}`))], true);
    for (const group of groups) line([nameOf(names, group.key, locale), ...statuses.map((status) => group.counts[status] ?? 0)]);
  }
  sheet.commit();
}

/** The status report as a workbook: summary, every row as of the date, and the changes in the period. */
export function reportXlsx(report: StatusReport, t: Translate, locale: string): Readable {
  const output = new PassThrough();
  const workbook: Workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useSharedStrings: false, useStyles: true });
  const status = (value: string) => t(`status.${value}`);
  (async () => {
    summary(workbook, report, t, locale);
    table(workbook, t("reports.xlsx.rowsSheet"), [
      { label: "code", width: 18 }, { label: t("reports.columns.commitment"), width: 44 }, { label: t("reports.documents"), width: 28 },
      { label: t("reports.areas"), width: 22 }, { label: t("reports.columns.country"), width: 14 }, { label: t("reports.columns.status"), width: 16 },
      { label: t("reports.columns.progress"), width: 10 }, { label: t("reports.columns.score"), width: 8 }, { label: "last_update", width: 18, date: true },
      { label: "evidence_grade", width: 8 }, { label: "evidence_title", width: 36 }, { label: "evidence_date", width: 12 }, { label: "evidence_url", width: 40 },
    ], report.commitments.flatMap((c) => report.columns.filter((code) => c.cells[code]).map((code): Value[] => {
      const cell = c.cells[code];
      return [
        c.code, localized(locale, c.titleZh, c.titleEn), nameOf(report.documents, c.document, locale), nameOf(report.areas, c.area, locale),
        nameOf(report.countries, code, locale), status(cell.status), cell.progress, cell.complianceScore,
        cell.lastUpdate ? new Date(cell.lastUpdate) : null, cell.evidence?.grade ?? null, cell.evidence?.title ?? null, cell.evidence?.eventDate ?? null, cell.evidence?.url ?? null,
      ];
    })));
    if (report.changes) {
      table(workbook, t("reports.xlsx.changesSheet"), [
        { label: t("reports.columns.when"), width: 18, date: true }, { label: t("reports.columns.who"), width: 18 }, { label: "code", width: 18 },
        { label: t("reports.columns.commitment"), width: 40 }, { label: t("reports.columns.country"), width: 14 }, { label: "status_before", width: 16 },
        { label: "status", width: 16 }, { label: "progress_before", width: 10 }, { label: "progress", width: 10 }, { label: "note", width: 48 },
        ...(report.params.internal ? [{ label: "internal_note", width: 48 }] : []), { label: "evidence", width: 60 },
      ], report.changes.map((change) => [
        new Date(change.at), change.author, change.code, localized(locale, change.titleZh, change.titleEn), nameOf(report.countries, change.country, locale),
        status(change.statusBefore), status(change.status), change.progressBefore, change.progress, change.note,
        ...(report.params.internal ? [change.internalNote ?? null] : []),
        change.evidence.map((e) => `[${e.grade}] ${e.title} ${e.url}`).join("\n") || null,
      ]));
    }
    await workbook.commit();
  })().catch((error: unknown) => output.destroy(error as Error));
  return output;
}
