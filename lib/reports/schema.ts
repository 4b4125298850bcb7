import { z } from "zod";
import { commitmentFilterSchema, parseCommitmentFilter, type CommitmentFilter } from "@/lib/commitments/schema";
import { dayOf, isDay } from "./as-of";

// URL parameters of the export and of the status report. The export parses the commitments view's
// own filter (the one schema of that view) and only adds what to write; the report reuses the
// view's document and area filters and takes several countries and two dates.

type Params = Record<string, string | string[] | undefined>;

export const exportFormats = ["csv", "xlsx", "json"] as const;
export const exportSets = ["commitments", "updates"] as const;
export type ExportFormat = (typeof exportFormats)[number];
export type ExportSet = (typeof exportSets)[number];

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const oneOf = <T extends readonly [string, ...string[]]>(values: T, fallback: T[number]) =>
  z.unknown().optional().transform((value) => {
    const parsed = z.enum(values).safeParse(first(value));
    return parsed.success ? parsed.data : fallback;
  });
const flag = z.unknown().optional().transform((value) => first(value) === "1");

const exportOptionsSchema = z.object({
  format: oneOf(exportFormats, "csv"),
  set: oneOf(exportSets, "commitments"),
  internal: flag,
});

export type ExportRequest = { filter: CommitmentFilter; format: ExportFormat; set: ExportSet; internal: boolean };

/** The export is the whole filtered view: page and page size are read but play no part. */
export function parseExportRequest(params: Params): ExportRequest {
  return { filter: parseCommitmentFilter(params), ...exportOptionsSchema.parse(params) };
}

export function searchParamsToObject(search: URLSearchParams): Params {
  const result: Record<string, string | string[]> = {};
  for (const key of new Set(search.keys())) {
    const values = search.getAll(key);
    result[key] = values.length === 1 ? values[0] : values;
  }
  return result;
}

/** Several countries, each checked with the view's own country rule. */
const countries = z.unknown().optional().transform((value) => {
  const raw = (Array.isArray(value) ? value : [value]).flatMap((v) => (typeof v === "string" ? v.split(",") : []));
  const valid = raw.map((code) => commitmentFilterSchema.shape.country.parse(code.trim())).filter((code) => code !== undefined);
  return [...new Set(valid)].slice(0, 20);
});

const reportSchema = z.object({
  document: commitmentFilterSchema.shape.document,
  area: commitmentFilterSchema.shape.area,
  country: countries,
  asOf: z.unknown().optional().transform((value) => first(value)),
  since: z.unknown().optional().transform((value) => first(value)),
  internal: flag,
});

export type ReportNotice = "asOfInvalid" | "asOfFuture" | "sinceInvalid" | "sinceNotBefore" | "internalIgnored";
export type ReportParams = {
  documents: string[];
  areas: string[];
  countries: string[];
  /** YYYY-MM-DD, never after today. */
  asOf: string;
  /** YYYY-MM-DD before asOf, or null for no "changes since" section. */
  since: string | null;
  internal: boolean;
};

/**
 * The status report's parameters; a bad date never fails the page, it falls back to a sensible
 * value and a notice says what was changed.
 */
export function parseReportParams(params: Params, now = new Date()): { params: ReportParams; notices: ReportNotice[] } {
  const raw = reportSchema.parse(params);
  const notices: ReportNotice[] = [];
  const today = dayOf(now);
  const given = (value: unknown) => (typeof value === "string" && value.trim() !== "" ? value.trim() : null);
  let asOf = given(raw.asOf) ?? today;
  if (!isDay(asOf) || asOf > today) {
    notices.push(isDay(asOf) ? "asOfFuture" : "asOfInvalid");
    asOf = today;
  }
  let since = given(raw.since);
  if (since !== null && (!isDay(since) || since >= asOf)) {
    notices.push(isDay(since) ? "sinceNotBefore" : "sinceInvalid");
    since = null;
  }
  return {
    params: { documents: raw.document, areas: raw.area, countries: raw.country, asOf, since, internal: raw.internal },
    notices,
  };
}

/** The report's parameters back as a URL query (for the download links and the CLI). */
export function reportToSearchParams(params: ReportParams): URLSearchParams {
  const search = new URLSearchParams();
  if (params.documents.length) search.set("document", params.documents.join(","));
  if (params.areas.length) search.set("area", params.areas.join(","));
  if (params.countries.length) search.set("country", params.countries.join(","));
  search.set("asOf", params.asOf);
  if (params.since) search.set("since", params.since);
  if (params.internal) search.set("internal", "1");
  return search;
}

/** The commitments view's filter that selects the report's commitments (countries apply per row). */
export function reportFilter(params: Pick<ReportParams, "documents" | "areas">): CommitmentFilter {
  return parseCommitmentFilter({ document: params.documents, area: params.areas });
}
