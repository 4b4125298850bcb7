import { z } from "zod";
import { statuses } from "@/lib/tracking/status";

// The one definition of the commitments view: the table, the matrix, the export and the links
// from the dashboard all parse the URL with this schema. Bad values fall back to defaults.

export const strengths = ["DECIDED", "AGREED", "WILL", "SHALL", "COMMITS", "WILLING", "SUPPORTS", "WELCOMES"] as const;
export const commitmentTypes = ["MECHANISM", "COOPERATION", "ASSISTANCE", "FACILITATION", "SUPPORT", "POSITION"] as const;
export const sortKeys = ["code", "title", "area", "document", "strength", "progress", "lastUpdate"] as const;
export const pageSizes = [10, 25, 50, 100] as const;
export const hideableColumns = ["area", "document", "strength", "parties", "countries", "progress", "lastUpdate", "owner"] as const;
export type SortKey = (typeof sortKeys)[number];
export type HideableColumn = (typeof hideableColumns)[number];

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/).max(80);
const countryCode = z.string().regex(/^[A-Z]{2}$/);

/** A repeated or comma-separated URL parameter, keeping only the values that are valid. */
function list<T extends z.ZodType>(item: T, max = 20) {
  return z
    .unknown()
    .optional()
    .transform((value) => {
      const raw = (Array.isArray(value) ? value : [value])
        .flatMap((entry) => (typeof entry === "string" ? entry.split(",") : []))
        .map((entry) => entry.trim())
        .filter((entry) => entry !== "");
      const valid = raw.map((entry) => item.safeParse(entry)).filter((r) => r.success).map((r) => r.data as z.output<T>);
      return [...new Set(valid)].slice(0, max);
    });
}

const single = <T extends z.ZodType>(item: T) =>
  z.unknown().optional().transform((value) => {
    const first = Array.isArray(value) ? value[0] : value;
    const parsed = item.safeParse(typeof first === "string" ? first.trim() : first);
    return parsed.success ? (parsed.data as z.output<T>) : undefined;
  });

const flag = z.unknown().optional().transform((value) => (Array.isArray(value) ? value[0] : value) === "1");

export const commitmentFilterSchema = z.object({
  // PostgreSQL text cannot hold a NUL byte, and no search needs a control character.
  q: single(z.string().min(1).max(200).regex(/^[^\p{Cc}]*$/u)),
  country: single(countryCode),
  area: list(slug),
  status: list(z.enum(statuses)),
  document: list(slug),
  strength: list(z.enum(strengths)),
  type: list(z.enum(commitmentTypes)),
  owner: single(z.union([z.literal("none"), z.string().regex(/^[a-z0-9]{20,40}$/)])),
  overdue: flag,
  noEvidence: flag,
  sort: single(z.enum(sortKeys)).transform((value) => value ?? "code"),
  dir: single(z.enum(["asc", "desc"])).transform((value) => value ?? "asc"),
  page: single(z.coerce.number().int().min(1).max(100_000)).transform((value) => value ?? 1),
  size: single(z.coerce.number().pipe(z.union(pageSizes.map((size) => z.literal(size))))).transform((value) => value ?? 25),
  hide: list(z.enum(hideableColumns)),
  view: single(z.enum(["table", "matrix"])).transform((value) => value ?? "table"),
});

export type CommitmentFilter = z.output<typeof commitmentFilterSchema>;

export function parseCommitmentFilter(params: Record<string, string | string[] | undefined>): CommitmentFilter {
  return commitmentFilterSchema.parse(params);
}

/** The URL query for a filter, omitting defaults, so that links stay short and stable. */
export function filterToSearchParams(filter: Partial<CommitmentFilter>): URLSearchParams {
  const params = new URLSearchParams();
  const put = (key: string, value: unknown) => {
    if (value === undefined || value === false || (Array.isArray(value) && value.length === 0)) return;
    if (key === "sort" && value === "code") return;
    if (key === "dir" && value === "asc") return;
    if (key === "page" && value === 1) return;
    if (key === "size" && value === 25) return;
    if (key === "view" && value === "table") return;
    params.set(key, Array.isArray(value) ? value.join(",") : value === true ? "1" : String(value));
  };
  for (const [key, value] of Object.entries(filter)) put(key, value);
  return params;
}

/** A commitment code in a URL: the prefix of its document, section.paragraph and a letter. */
const codePattern = /^[A-Z0-9]+(-[A-Z0-9]+)*-\d+\.\d+[a-z]?$/;
export const commitmentCodeParam = z.string().regex(codePattern).max(60);

const optionalDay = z
  .string()
  .trim()
  .transform((value) => value || null)
  .pipe(z.iso.date("validation.date").nullable());

/** What an admin may edit on a commitment; the quote and its offsets stay tied to the source text. */
export const editCommitmentSchema = z.strictObject({
  id: z.string().min(1).max(40),
  version: z.coerce.number().int().min(1),
  titleZh: z.string().trim().min(1, "validation.required").max(80, "validation.tooLong"),
  titleEn: z.string().trim().min(1, "validation.required").max(160, "validation.tooLong"),
  translationEn: z.string().trim().min(1, "validation.required").max(4000, "validation.tooLong"),
  areaSlug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "validation.required").max(80),
  type: z.enum(commitmentTypes, "validation.required"),
  strength: z.enum(strengths, "validation.required"),
  dueDate: optionalDay,
});
export type EditCommitmentInput = z.output<typeof editCommitmentSchema>;

export const linkTypes = ["REAFFIRMS", "UPGRADES", "SUPERSEDES", "IMPLEMENTS"] as const;

export const addLinkSchema = z.strictObject({
  fromId: z.string().min(1).max(40),
  targetCode: z.string().trim().max(60).regex(codePattern, "validation.commitmentCode"),
  type: z.enum(linkTypes, "validation.required"),
  note: z.string().trim().max(500, "validation.tooLong").transform((v) => v || null),
});

export const removeLinkSchema = z.strictObject({ linkId: z.string().min(1).max(40) });
