import path from "node:path";
import { Readable } from "node:stream";
import { parse } from "csv-parse";
import ExcelJS from "exceljs";
import { restoreCsvCell } from "@/lib/reports/export-csv";
import { maxImportRows, requiredColumns } from "./schema";

export type UploadedFile = { name: string; bytes: Buffer };
export type RawRow = { line: number; cells: Record<string, string> };
export type FileProblem = { error: string; values?: Record<string, string | number> };
export type ParsedFile = { ok: true; format: "csv" | "xlsx"; rows: RawRow[] } | ({ ok: false } & FileProblem);

const zipMagic = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/**
 * Text saved as UTF-16 (Excel's "Unicode text") has a NUL beside nearly every Latin character. A
 * stray NUL in a UTF-8 file is left for the preview to name by row and column.
 */
function looksUtf16(sample: Buffer): boolean {
  let nul = 0;
  for (const byte of sample) if (byte === 0) nul++;
  return nul > sample.length / 8;
}

/** Both the extension and the content must say the same thing: a renamed file is refused. */
export function sniffFormat(file: UploadedFile): { format: "csv" | "xlsx" } | FileProblem {
  const extension = path.extname(file.name).toLowerCase();
  if (extension !== ".csv" && extension !== ".xlsx") return { error: "extension", values: { name: file.name } };
  const isZip = file.bytes.subarray(0, 4).equals(zipMagic);
  if (extension === ".xlsx") return isZip ? { format: "xlsx" } : { error: "notXlsx" };
  if (isZip || looksUtf16(file.bytes.subarray(0, 65_536))) return { error: "notCsv" };
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(file.bytes);
  } catch {
    return { error: "encoding" };
  }
  return { format: "csv" };
}

const normalizeHeader = (name: string) => name.replace(/^\uFEFF/, "").trim().toLowerCase().replace(/[\s-]+/g, "_");

function checkHeader(header: string[]): FileProblem | null {
  const missing = requiredColumns.filter((column) => !header.includes(column));
  return missing.length ? { error: "missingColumns", values: { columns: missing.join(", ") } } : null;
}

const toCells = (header: string[], values: string[]) =>
  Object.fromEntries(header.map((name, index) => [name, values[index] ?? ""]).filter(([name]) => name !== ""));
const isBlank = (values: string[]) => values.every((value) => value.trim() === "");

async function parseCsv(bytes: Buffer): Promise<ParsedFile> {
  const parser = Readable.from([bytes]).pipe(
    parse({ bom: true, comment: "#", comment_no_infix: true, relax_column_count: true, skip_empty_lines: true, info: true }),
  );
  let header: string[] | null = null;
  const rows: RawRow[] = [];
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      const values = record.map(restoreCsvCell);
      if (!header) {
        header = values.map(normalizeHeader);
        const problem = checkHeader(header);
        if (problem) return { ok: false, ...problem };
        continue;
      }
      if (isBlank(values)) continue;
      if (rows.length === maxImportRows) return { ok: false, error: "tooManyRows", values: { max: maxImportRows } };
      rows.push({ line: info.lines, cells: toCells(header, values) });
    }
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    return { ok: false, error: "unreadableCsv", values: { line: line ?? "?" } };
  }
  return header ? { ok: true, format: "csv", rows } : { ok: false, error: "empty" };
}

/**
 * Workbooks escape characters XML cannot hold as _xHHHH_ (a control character, or "_x005F_" for a
 * literal underscore); exceljs's streaming reader leaves them as written.
 */
const unescapeXlsx = (text: string) => text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "string") return unescapeXlsx(value);
  if (typeof value !== "object") return String(value);
  if ("richText" in value) return unescapeXlsx(value.richText.map((part) => part.text).join(""));
  if ("formula" in value || "sharedFormula" in value) return cellText((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  if ("text" in value) return String(value.text);
  return "";
}

/** Reads every sheet with the streaming reader and keeps the first one whose header has our columns. */
async function parseXlsx(bytes: Buffer): Promise<ParsedFile> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([bytes]), { worksheets: "emit", sharedStrings: "cache", hyperlinks: "ignore", styles: "ignore" });
  let found: RawRow[] | null = null;
  let problem: FileProblem | null = null;
  try {
    for await (const sheet of reader) {
      let header: string[] | null = null;
      let rows: RawRow[] | null = found ? null : [];
      for await (const row of sheet) {
        // Sheets after the one we use, or without our header, are read through and ignored.
        if (!rows) continue;
        const values = (row.values as ExcelJS.CellValue[]).slice(1).map(cellText);
        if (!header) {
          header = values.map(normalizeHeader);
          const missing = checkHeader(header);
          if (missing) {
            problem ??= missing;
            rows = null;
          }
          continue;
        }
        if (isBlank(values)) continue;
        if (rows.length === maxImportRows) return { ok: false, error: "tooManyRows", values: { max: maxImportRows } };
        rows.push({ line: row.number, cells: toCells(header, values) });
      }
      if (rows && header) found = rows;
    }
  } catch {
    return { ok: false, error: "unreadableXlsx" };
  }
  return found ? { ok: true, format: "xlsx", rows: found } : { ok: false, ...(problem ?? { error: "empty" }) };
}

/** The upload as rows of cells keyed by normalised column name, or why it cannot be read. */
export async function parseUpload(file: UploadedFile): Promise<ParsedFile> {
  const sniffed = sniffFormat(file);
  if ("error" in sniffed) return { ok: false, ...sniffed };
  return sniffed.format === "csv" ? parseCsv(file.bytes) : parseXlsx(file.bytes);
}
