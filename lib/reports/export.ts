import type { Readable } from "node:stream";
import { filterToSearchParams, type CommitmentFilter } from "@/lib/commitments/schema";
import { dayOf } from "./as-of";
import { trackingColumns, updateColumns } from "./columns";
import { countExport, exportTrackingBatches, exportUpdateBatches, exportUpdateCsvRecords } from "./data";
import { csvExport, csvExportOfRecords } from "./export-csv";
import { jsonExport } from "./export-json";
import { xlsxExport } from "./export-xlsx";
import type { ExportRequest } from "./schema";
import type { Translate } from "./translator";

export type ExportFile = { stream: Readable; filename: string; contentType: string };

export const contentTypes = {
  csv: "text/csv; charset=utf-8",
  json: "application/json; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  pdf: "application/pdf",
} as const;

/** The filters that choose rows, as they appear in the URL (sorting and display options left out). */
export function describeFilter(filter: CommitmentFilter): [string, string][] {
  const display = new Set(["sort", "dir", "page", "size", "hide", "view"]);
  return [...filterToSearchParams(filter).entries()].filter(([key]) => !display.has(key));
}

/**
 * One export of the commitments view, for the route handler and the command line alike. CSV and
 * JSON hold one set (the commitments × countries rows, or the updates); XLSX holds both and a summary.
 */
export async function createExport(request: ExportRequest, { t, now = new Date() }: { t: Translate; now?: Date }): Promise<ExportFile> {
  const { filter, format, set, internal } = request;
  const filters = describeFilter(filter);
  const day = dayOf(now);
  if (format === "xlsx") {
    const counts = await countExport(filter);
    const stream = xlsxExport({
      t, generatedAt: now, filters, internal, counts,
      tracking: exportTrackingBatches(filter),
      updates: exportUpdateBatches(filter, { internal }),
    });
    return { stream, filename: `followthrough-commitments-${day}.xlsx`, contentType: contentTypes.xlsx };
  }
  const withInternal = set === "updates" && internal;
  let stream: Readable;
  if (format === "json") {
    const meta = { generator: "Followthrough", set, generatedAt: now.toISOString(), filters: Object.fromEntries(filters), includesInternalNotes: withInternal };
    stream = set === "updates"
      ? jsonExport(meta, updateColumns(withInternal), exportUpdateBatches(filter, { internal: withInternal }))
      : jsonExport(meta, trackingColumns, exportTrackingBatches(filter));
  } else if (set === "updates") {
    const names = updateColumns(withInternal).map((column) => column.name);
    const notice = withInternal ? t("reports.export.internalNotice") : undefined;
    stream = csvExportOfRecords(names, exportUpdateCsvRecords(filter, { internal: withInternal }), notice);
  } else {
    stream = csvExport(trackingColumns, exportTrackingBatches(filter));
  }
  const name = set === "updates" ? "updates" : "commitments";
  return { stream, filename: `followthrough-${name}-${day}.${format}`, contentType: contentTypes[format] };
}
