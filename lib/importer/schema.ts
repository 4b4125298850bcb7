// The import form, the draft's stored state and the review operations: one zod schema each,
// shared by the forms, the actions and the mutations. Messages are i18n keys.
import { z } from "zod";
import { codePrefixSchema, commitmentTypes, documentTypes, frequencies, strengths } from "@/lib/documents/source-schema";

export const MAX_INPUT_BYTES = 1024 * 1024;
export const importLanguages = ["zh", "en"] as const;

const text = (max: number) => z.string().trim().min(1, "validation.required").max(max, "validation.tooLong");
// Nullable too, so that the stored (already parsed) state parses again unchanged.
const optionalText = (max: number) => z.string().trim().max(max, "validation.tooLong").nullable().default(null).transform((v) => v || null);
const countryList = z
  .union([z.string(), z.array(z.string())])
  .transform((v) => (Array.isArray(v) ? v : v ? [v] : []))
  .pipe(z.array(z.string().regex(/^[A-Z]{2}$/)).min(2, "importer.errors.parties"));

export const importMetaSchema = z.object({
  titleZh: text(200),
  titleEn: text(300),
  date: z.iso.date("validation.date"),
  type: z.enum(documentTypes, "importer.errors.type"),
  formatZh: text(100),
  formatEn: text(200),
  venueZh: text(100),
  venueEn: text(200),
  language: z.enum(importLanguages, "importer.errors.language"),
  parties: countryList,
  codePrefix: z.string().trim().toUpperCase().pipe(codePrefixSchema.max(30)).catch("").pipe(z.string().min(1, "importer.errors.codePrefix")),
  sourceUrl: z.union([z.null(), z.literal(""), z.url({ protocol: /^https?$/, error: "importer.errors.url" })]).default(null).transform((v) => v || null),
  sourcePublisher: optionalText(200),
});
export type ImportMeta = z.output<typeof importMetaSchema>;

export const createDraftSchema = importMetaSchema.extend({
  text: z.string().refine((v) => v.trim().length > 0, "importer.errors.emptyText").refine((v) => Buffer.byteLength(v, "utf8") <= MAX_INPUT_BYTES, "importer.errors.tooLarge"),
  sourceName: z.string().max(255).regex(/^$|\.(txt|html?)$/i, "importer.errors.fileType").default(""),
});

export const linkProposalSchema = z.object({ target: z.string().max(60), type: z.enum(["reaffirms", "upgrades", "supersedes", "implements"]) });

export const itemReviewSchema = z.object({
  status: z.enum(["pending", "accepted", "rejected", "merged"]).default("pending"),
  titleZh: z.string().max(40).default(""),
  titleEn: z.string().max(80).default(""),
  translation: z.string().max(2000).default(""),
  area: z.string().max(60).optional(),
  strength: z.enum(strengths).optional(),
  type: z.enum(commitmentTypes).optional(),
  committing: z.array(z.string()).optional(),
  beneficiaries: z.array(z.string()).optional(),
  recurrence: z.enum(frequencies).nullable().optional(),
  /** Quote range inside its sentence, once merged or split. */
  from: z.int().nonnegative().optional(),
  to: z.int().positive().optional(),
  links: z.array(linkProposalSchema).default([]),
});
export type ItemReview = z.output<typeof itemReviewSchema>;

/** An item the admin made by splitting another: it lives in `sentenceText` at [from, to). */
export const extraItemSchema = z.object({ id: z.string(), baseId: z.string(), sentenceText: z.string(), from: z.int().nonnegative(), to: z.int().positive() });

export const draftStateSchema = z.object({
  meta: importMetaSchema,
  sourceName: z.string().default(""),
  restored: z.array(z.int().nonnegative()).default([]),
  joins: z.array(z.int().nonnegative()).default([]),
  breaks: z.array(z.int().nonnegative()).default([]),
  reviews: z.record(z.string(), itemReviewSchema).default({}),
  extras: z.array(extraItemSchema).default([]),
});
export type DraftState = z.output<typeof draftStateSchema>;

const draftRef = { draftId: z.string().min(1).max(40), version: z.coerce.number().int().min(1) };
const offset = z.coerce.number().int().nonnegative();
const list = z.union([z.string(), z.array(z.string())]).transform((v) => (Array.isArray(v) ? v : v ? [v] : []));

export const lineOpSchema = z.object({ ...draftRef, op: z.enum(["restore", "setAside"]), line: offset });
export const sentenceOpSchema = z.object({ ...draftRef, op: z.enum(["join", "unjoin", "split"]), at: offset });
export const itemOpSchema = z.object({
  ...draftRef,
  itemId: z.string().min(1).max(80),
  op: z.enum(["accept", "reject", "reopen", "save", "merge", "split"]),
  titleZh: z.string().trim().max(40, "validation.tooLong").optional(),
  titleEn: z.string().trim().max(80, "validation.tooLong").optional(),
  translation: z.string().trim().max(2000, "validation.tooLong").optional(),
  area: z.string().max(60).optional(),
  strength: z.enum(strengths).optional(),
  type: z.enum(commitmentTypes).optional(),
  committing: list.optional(),
  beneficiaries: list.optional(),
  recurrence: z.union([z.literal(""), z.enum(frequencies)]).optional(),
  links: list.optional(),
  splitAt: offset.optional(),
});
export type ItemOp = z.output<typeof itemOpSchema>;
export const saveDraftSchema = z.object(draftRef);
export const deleteDraftSchema = z.object(draftRef);
