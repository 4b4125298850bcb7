import path from "node:path";
import type { z } from "zod";

/**
 * A problem in a source data file. The message always names the file, the entry
 * (e.g. `commitments[3] (C5-2020-3.4)`) and the field, so an editor can go straight to it.
 */
export class SourceDataError extends Error {
  constructor(
    readonly file: string,
    readonly entry: string,
    readonly field: string,
    readonly detail: string,
  ) {
    super(`${file}: ${entry}${field ? `.${field}` : ""}: ${detail}`);
    this.name = "SourceDataError";
  }
}

/** Shown path of a data file: relative to the working directory when inside it. */
export function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith("..") && !path.isAbsolute(relative) ? relative : file;
}

/** `commitments[3] (C5-2020-3.4)`: an array entry with the key that editors search for. */
export function entryName(arrayPath: string, index: number, label?: string): string {
  return `${arrayPath}[${index}]${label ? ` (${label})` : ""}`;
}

function labelOf(value: unknown): string | undefined {
  if (!value || typeof value !== "object") return undefined;
  const record = value as Record<string, unknown>;
  for (const key of ["code", "key", "slug"]) {
    if (typeof record[key] === "string") return record[key];
  }
  if (typeof record.commitment === "string" && typeof record.period === "string") {
    return `${record.commitment} ${record.period}`;
  }
  return undefined;
}

function formatPath(segments: PropertyKey[]): string {
  return segments
    .map((segment, i) => (typeof segment === "number" ? `[${segment}]` : `${i === 0 ? "" : "."}${String(segment)}`))
    .join("");
}

function valueAt(raw: unknown, segments: PropertyKey[]): { parent: unknown; found: boolean } {
  let parent: unknown = undefined;
  let value: unknown = raw;
  for (const segment of segments) {
    parent = value;
    if (!value || typeof value !== "object" || !(segment in value)) return { parent, found: false };
    value = (value as Record<PropertyKey, unknown>)[segment];
  }
  return { parent, found: true };
}

function describeIssue(issue: z.core.$ZodIssue, raw: unknown): string {
  if (issue.code === "unrecognized_keys") return "is not a known field";
  const { parent, found } = valueAt(raw, issue.path);
  if (!found && parent && typeof parent === "object") return "is missing";
  return issue.message;
}

/** Turns the first zod issue into a SourceDataError pointing at the deepest array entry of its path. */
export function issueToError(file: string, root: string, raw: unknown, issue: z.core.$ZodIssue): SourceDataError {
  const issuePath = [...issue.path];
  if (issue.code === "unrecognized_keys") issuePath.push(issue.keys.join(", "));
  let lastIndex = -1;
  issuePath.forEach((segment, i) => {
    if (typeof segment === "number") lastIndex = i;
  });
  if (lastIndex < 0) return new SourceDataError(file, root, formatPath(issuePath), describeIssue(issue, raw));

  let value: unknown = raw;
  for (const segment of issuePath.slice(0, lastIndex + 1)) {
    value = value && typeof value === "object" ? (value as Record<PropertyKey, unknown>)[segment] : undefined;
  }
  const entry = formatPath(issuePath.slice(0, lastIndex + 1));
  const label = labelOf(value);
  return new SourceDataError(
    file,
    label ? `${entry} (${label})` : entry,
    formatPath(issuePath.slice(lastIndex + 1)),
    describeIssue(issue, raw),
  );
}
