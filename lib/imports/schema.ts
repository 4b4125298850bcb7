import { z } from "zod";
import { statuses, type Status } from "@/lib/tracking/status";

// Import of status updates from the commitments × countries export (CSV or XLSX), edited in a
// spreadsheet. Messages are i18n keys under "imports".

export const maxImportBytes = 5 * 1024 * 1024;
export const maxImportRows = 5_000;
/** Columns the import needs; every other column of the export is read and ignored. */
export const requiredColumns = ["code", "country", "status", "progress", "compliance_score", "version"] as const;

const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

/** The upload form; the file itself is read from the form data, the schema sees its name. */
export const importFormSchema = z.strictObject({
  file: z.string().trim().min(1, "imports.errors.noFile").max(255, "imports.errors.noFile"),
  intent: z.enum(["preview", "apply"]),
  applyValidOnly: z.preprocess(blankToUndefined, z.literal("1").optional()).transform((value) => value === "1"),
  previewHash: z.preprocess(blankToUndefined, z.string().regex(/^[0-9a-f]{64}$/).optional()),
});
export type ImportFormInput = z.output<typeof importFormSchema>;

const optionalText = z.preprocess(blankToUndefined, z.string().trim().max(4000, "row.noteTooLong").optional());

/** One row of the file, by column name; `null` score means "no score", `undefined` "not given". */
export const importRowSchema = z.object({
  code: z.string().trim().min(1, "row.codeMissing").max(60, "row.unknownCode"),
  country: z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/, "row.countryInvalid"),
  status: z.string().trim().toUpperCase().pipe(z.enum(statuses, "row.status")),
  progress: z.preprocess(
    blankToUndefined,
    z.string().trim().regex(/^\d{1,3}%?$/, "row.progress").transform((value) => Number.parseInt(value, 10)).pipe(z.number().max(100, "row.progress")).optional(),
  ),
  compliance_score: z.preprocess(
    blankToUndefined,
    z.string().trim().regex(/^[+-]?[01]$/, "row.score").transform((value) => (Number(value) === 0 ? 0 : Number(value))).optional(),
  ),
  version: z.string().trim().regex(/^\d{1,9}$/, "row.version").transform(Number).pipe(z.number().min(1, "row.version")),
  note: optionalText,
  internal_note: optionalText,
});
export type ImportRow = z.output<typeof importRowSchema>;

export type RowOutcome = "update" | "unchanged" | "error";
/** A reason shown beside a row: a key under "imports.row" and its values. */
export type RowIssue = { key: string; values?: Record<string, string | number> };
export type TrackingState = { status: Status; progress: number; complianceScore: number | null };

export type PreviewRow = {
  line: number;
  code: string;
  country: string;
  outcome: RowOutcome;
  issues: RowIssue[];
  before?: TrackingState;
  after?: TrackingState;
  note?: string | null;
};

/** What the page shows of a preview: the counts and the rows (errors first), capped. */
export type PreviewView = {
  fileName: string;
  format: "csv" | "xlsx";
  counts: Record<RowOutcome, number>;
  rows: PreviewRow[];
  shown: number;
};
