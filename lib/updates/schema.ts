import { z } from "zod";
import { statuses, suggestedComplianceScore, suggestedProgress, type ComplianceScore, type Status } from "@/lib/tracking/status";
import { evidenceField, evidenceFieldNames, evidenceGrades, maxEvidenceRows, type EvidenceGrade } from "./fields";

// Form fields are flat ("evidence.0.url") so that each error lands beside its own input: the action
// helper files errors under the first path segment. Objects are strict: a key the form does not
// render (role, authorId, a version of another row...) rejects the whole submission.

export type EvidenceInput = { url: string; title: string; eventDate: string; grade: EvidenceGrade };

const unexpected = { error: "updates.validation.unexpectedField" };
const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());
const asList = (value: unknown) => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

const id = z.string().trim().min(1, "validation.required").max(40, "validation.tooLong");
const countryCode = z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/, "updates.validation.country");
const version = z.coerce.number("updates.validation.version").int("updates.validation.version").min(1, "updates.validation.version");
const text = (max: number) => optional(z.string().trim().max(max, "updates.validation.tooLong"));

/** A repeated form field (checkboxes) arrives as a string or a string array. */
const list = <T extends z.ZodType>(item: T, max: number, required: string) =>
  z.preprocess(asList, z.array(item).min(1, required).max(max, "updates.validation.tooMany")).transform((items) => [...new Set(items)]);

const isoDay = (time: number) => new Date(time).toISOString().slice(0, 10);
/** Event dates may be up to one day ahead of UTC, for time zones east of Greenwich. */
const pastDate = z.iso
  .date("updates.validation.date")
  .refine((day) => day <= isoDay(Date.now() + 86_400_000), "updates.validation.futureDate");

const httpUrl = z.string().trim().max(2000, "updates.validation.tooLong").pipe(z.url({ protocol: /^https?$/, error: "updates.validation.url" }));

function evidenceShape() {
  const shape: Record<string, z.ZodType> = {};
  for (let row = 0; row < maxEvidenceRows; row++) {
    shape[evidenceField(row, "url")] = optional(httpUrl);
    shape[evidenceField(row, "title")] = optional(z.string().trim().max(300, "updates.validation.tooLong"));
    shape[evidenceField(row, "eventDate")] = optional(pastDate);
    shape[evidenceField(row, "grade")] = optional(z.enum(evidenceGrades, "updates.validation.grade"));
  }
  return shape;
}

/** Rows left blank are dropped; a row with any field filled must have all four. */
function collectEvidence(data: Record<string, unknown>, ctx: z.RefinementCtx): EvidenceInput[] {
  const rows: EvidenceInput[] = [];
  for (let row = 0; row < maxEvidenceRows; row++) {
    const values = evidenceFieldNames.map((name) => data[evidenceField(row, name)]);
    if (values.every((value) => value === undefined)) continue;
    const missing = evidenceFieldNames.filter((_, index) => values[index] === undefined);
    for (const name of missing) {
      ctx.addIssue({ code: "custom", message: "updates.validation.evidenceIncomplete", path: [evidenceField(row, name)] });
    }
    if (missing.length === 0) {
      const [url, title, eventDate, grade] = values as [string, string, string, EvidenceGrade];
      rows.push({ url, title, eventDate, grade });
    }
  }
  return rows;
}

const versionsField = z
  .string("updates.validation.versions")
  .max(4000, "updates.validation.versions")
  .transform((value, ctx) => {
    try {
      return JSON.parse(value) as unknown;
    } catch {
      ctx.addIssue({ code: "custom", message: "updates.validation.versions" });
      return z.NEVER;
    }
  })
  .pipe(z.record(countryCode, z.number().int().min(1).max(2_147_483_647), "updates.validation.versions"));

/**
 * The follow-up form. `countries` is repeated (one checkbox each); `versions` is one hidden field
 * holding JSON such as {"KZ":3,"UZ":1}: the tracking versions the analyst saw when the form opened,
 * checked on save so that nobody overwrites a change they have not seen.
 */
export const statusUpdateSchema = z
  .strictObject(
    {
      commitmentId: id,
      countries: list(countryCode, 20, "updates.validation.countryRequired"),
      versions: versionsField,
      status: z.enum(statuses, "updates.validation.status"),
      progress: optional(z.coerce.number("updates.validation.progress").int("updates.validation.progress").min(0, "updates.validation.progress").max(100, "updates.validation.progress")),
      complianceScore: optional(z.enum(["-1", "0", "1"], "updates.validation.complianceScore").transform((v) => Number(v) as ComplianceScore)),
      note: text(4000),
      internalNote: text(4000),
      ...evidenceShape(),
    },
    unexpected,
  )
  .transform((data, ctx) => {
    const status = data.status as Status;
    const countries = data.countries as string[];
    const seen = data.versions as Record<string, number>;
    const unseen = countries.filter((code) => seen[code] === undefined);
    if (unseen.length) ctx.addIssue({ code: "custom", message: "updates.validation.versionMissing", path: ["countries"] });
    const evidence = collectEvidence(data, ctx);
    const progress = data.progress as number | undefined;
    const score = data.complianceScore as ComplianceScore | undefined;
    return {
      commitmentId: data.commitmentId as string,
      countries: countries.map((code) => ({ code, version: seen[code] })),
      status,
      /** null keeps each country's current figure (stalled, superseded). */
      progress: progress ?? suggestedProgress[status],
      complianceScore: score ?? suggestedComplianceScore[status],
      note: (data.note as string | undefined) ?? null,
      internalNote: (data.internalNote as string | undefined) ?? null,
      evidence,
    };
  });
export type StatusUpdateInput = z.output<typeof statusUpdateSchema>;

/** Marks one expected occurrence of a recurring commitment as held (with its date) or missed. */
export const occurrenceSchema = z
  .strictObject(
    {
      occurrenceId: id,
      version,
      status: z.enum(["HELD", "MISSED"], "updates.validation.occurrenceStatus"),
      heldOn: optional(pastDate),
      venue: text(200),
      note: text(4000),
      ...evidenceShape(),
    },
    unexpected,
  )
  .transform((data, ctx) => {
    const heldOn = data.heldOn as string | undefined;
    if (data.status === "HELD" && !heldOn) ctx.addIssue({ code: "custom", message: "updates.validation.heldOnRequired", path: ["heldOn"] });
    if (data.status === "MISSED" && heldOn) ctx.addIssue({ code: "custom", message: "updates.validation.heldOnMissed", path: ["heldOn"] });
    return {
      occurrenceId: data.occurrenceId as string,
      version: data.version as number,
      status: data.status as "HELD" | "MISSED",
      heldOn: heldOn ?? null,
      venue: (data.venue as string | undefined) ?? null,
      note: (data.note as string | undefined) ?? null,
      evidence: collectEvidence(data, ctx),
    };
  });
export type OccurrenceInput = z.output<typeof occurrenceSchema>;

/** Assigns (or, with an empty ownerId, clears) the analyst who follows one tracking row. */
export const setOwnerSchema = z
  .strictObject({ trackingId: id, version, ownerId: optional(id) }, unexpected)
  .transform((data) => ({ rows: [{ trackingId: data.trackingId, version: data.version }], ownerId: data.ownerId ?? null }));
export type SetOwnerInput = z.output<typeof setOwnerSchema>;

/**
 * Table bulk action over every (commitment, country) pair selected: a new status, a new owner
 * ("none" clears it), or both. `commitmentIds` and `countries` are repeated fields.
 */
export const bulkUpdateSchema = z
  .strictObject(
    {
      commitmentIds: list(id, 200, "updates.validation.commitmentRequired"),
      countries: list(countryCode, 20, "updates.validation.countryRequired"),
      status: optional(z.enum(statuses, "updates.validation.status")),
      ownerId: optional(id),
      note: text(4000),
    },
    unexpected,
  )
  .refine((data) => data.status !== undefined || data.ownerId !== undefined, { message: "updates.validation.bulkNothing", path: ["status"] })
  .transform((data) => ({
    commitmentIds: data.commitmentIds,
    countries: data.countries,
    status: data.status,
    ownerId: data.ownerId === undefined ? undefined : data.ownerId === "none" ? null : data.ownerId,
    note: data.note ?? null,
  }));
export type BulkUpdateInput = z.output<typeof bulkUpdateSchema>;
