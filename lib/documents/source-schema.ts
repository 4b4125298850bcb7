// Shape of the reviewable source data in prisma/data (reference.yaml, documents/*.yaml).
// Structure only: cross-field consistency (offsets, coverage, references) lives in source-checks.ts.
import { z } from "zod";

const nonEmpty = z.string().trim().min(1);
const isoDate = z.iso.date({ error: 'must be an ISO date string such as "2020-07-16" (quote it in YAML)' });

export const countryCodeSchema = z.string().regex(/^[A-Z]{2}$/, "must be an ISO 3166-1 alpha-2 code (e.g. KZ)");
export const areaSlugSchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be a kebab-case slug");
export const codePrefixSchema = z.string().regex(/^[A-Z0-9]+(-[A-Z0-9]+)*$/, "must be upper-case words joined by '-' (e.g. C5-2020)");
/** `<codePrefix>-<section>.<paragraph>` plus a letter when a paragraph yields several commitments. */
export const commitmentCodeSchema = z
  .string()
  .regex(/^[A-Z0-9]+(-[A-Z0-9]+)*-\d+\.\d+[a-z]?$/, "must look like C5-2020-3.3 or C5-2020-3.3a");
/** A period of a recurring commitment: "2021" (annual, biennial) or "2021-H1" (semiannual). */
export const periodSchema = z.string().regex(/^\d{4}(-H[12])?$/, 'must be a year ("2021") or a half-year ("2021-H1")');

/** Names shown in the UI: Chinese and English always, Russian where the record is reference data. */
export const localizedSchema = z.strictObject({ zh: nonEmpty, en: nonEmpty, ru: nonEmpty.optional() });
export const localizedWithRuSchema = z.strictObject({ zh: nonEmpty, en: nonEmpty, ru: nonEmpty });

export const documentTypes = ["joint_statement", "declaration", "communique", "action_plan", "other"] as const;
export const sentenceKinds = ["commitment", "position", "context"] as const;
export const commitmentTypes = ["mechanism", "cooperation", "assistance", "facilitation", "support", "position"] as const;
/** Strongest first; see docs/coding-manual.md for the cue words behind each value. */
export const strengths = ["decided", "agreed", "will", "shall", "commits", "willing", "supports", "welcomes"] as const;
export const frequencies = ["annual", "biennial", "semiannual"] as const;
export const linkTypes = ["reaffirms", "upgrades", "supersedes", "implements"] as const;
export const occurrenceStatuses = ["held", "missed"] as const;
export const evidenceGrades = ["A", "B", "C", "D"] as const;

export const countrySchema = z.strictObject({
  code: countryCodeSchema,
  name: localizedWithRuSchema,
  order: z.int().nonnegative(),
});

export const areaSchema = z.strictObject({
  slug: areaSlugSchema,
  name: localizedWithRuSchema,
  order: z.int().nonnegative(),
});

export const referenceDataSchema = z.strictObject({
  countries: z.array(countrySchema).min(1),
  areas: z.array(areaSchema).min(1),
});

const offsets = {
  start: z.int().nonnegative(),
  end: z.int().nonnegative(),
};

export const sentenceSchema = z.strictObject({
  key: z.string().regex(/^\d+\.\d+\.\d+$/, 'must look like "3.2.1" (section.paragraph.sentence)'),
  kind: z.enum(sentenceKinds),
  ...offsets,
  text: nonEmpty,
  translation: nonEmpty,
});

export const paragraphSchema = z.strictObject({
  key: z.string().regex(/^\d+\.\d+$/, 'must look like "3.2" (section.paragraph)'),
  ...offsets,
  sentences: z.array(sentenceSchema).min(1),
});

export const sectionSchema = z.strictObject({
  key: z.string().regex(/^(title|preamble|[1-9]\d*)$/, 'must be "title", "preamble" or a section number'),
  label: localizedSchema,
  ...offsets,
  paragraphs: z.array(paragraphSchema).min(1),
});

export const recurrenceSchema = z.strictObject({
  frequency: z.enum(frequencies),
  firstPeriod: periodSchema,
  note: nonEmpty.optional(),
});

export const linkSchema = z.strictObject({
  type: z.enum(linkTypes),
  target: commitmentCodeSchema,
  note: nonEmpty.optional(),
});

export const commitmentSchema = z.strictObject({
  code: commitmentCodeSchema,
  sentence: z.string().regex(/^\d+\.\d+\.\d+$/, "must be the key of a sentence"),
  quote: nonEmpty,
  ...offsets,
  translation: nonEmpty,
  title: z.strictObject({ zh: nonEmpty.max(40), en: nonEmpty.max(80) }),
  area: areaSlugSchema,
  type: z.enum(commitmentTypes),
  strength: z.enum(strengths),
  /** The modality words as they appear in the sentence; "…" joins discontinuous parts (愿…帮助). */
  cue: nonEmpty,
  committing: z.array(countryCodeSchema).min(1),
  beneficiaries: z.array(countryCodeSchema).min(1),
  recurrence: recurrenceSchema.nullable().default(null),
  dueDate: isoDate.nullable().default(null),
  links: z.array(linkSchema).default([]),
});

export const evidenceSchema = z.strictObject({
  url: z.url({ protocol: /^https?$/, error: "must be an http(s) address" }),
  title: nonEmpty,
  /** Optional: who published the page, when the address alone does not say it. */
  publisher: nonEmpty.optional(),
  eventDate: isoDate,
  grade: z.enum(evidenceGrades),
});

export const occurrenceSchema = z.strictObject({
  commitment: commitmentCodeSchema,
  period: periodSchema,
  status: z.enum(occurrenceStatuses),
  heldOn: isoDate.nullable().default(null),
  venue: localizedSchema.nullable().default(null),
  note: nonEmpty.optional(),
  /** Nothing is recorded without a source: at least one page that names the event. */
  evidence: z.array(evidenceSchema).min(1),
});

export const sourceSchema = z.strictObject({
  publisher: nonEmpty,
  originalPublisher: nonEmpty,
  /** Only an address that is actually known; never a guessed one. */
  url: z.url({ protocol: /^https?$/ }).nullable(),
  /** Optional: the date the publisher put the text online. */
  publishedOn: isoDate.optional(),
  /** The raw page, relative to the YAML file. */
  rawFile: nonEmpty,
  /** Optional: how `text` was cut from the raw page. */
  note: nonEmpty.optional(),
});

export const sourceDocumentSchema = z.strictObject({
  slug: areaSlugSchema,
  codePrefix: codePrefixSchema,
  title: localizedSchema,
  date: isoDate,
  type: z.enum(documentTypes),
  format: localizedSchema,
  venue: localizedSchema,
  language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z]{2,4})?$/, 'must be a language tag such as "zh"'),
  parties: z.array(countryCodeSchema).min(2),
  source: sourceSchema,
  text: nonEmpty,
  sections: z.array(sectionSchema).min(1),
  commitments: z.array(commitmentSchema).default([]),
  occurrences: z.array(occurrenceSchema).default([]),
});

export type Localized = z.infer<typeof localizedSchema>;
export type Country = z.infer<typeof countrySchema>;
export type Area = z.infer<typeof areaSchema>;
export type ReferenceData = z.infer<typeof referenceDataSchema>;
export type SourceSentence = z.infer<typeof sentenceSchema>;
export type SourceParagraph = z.infer<typeof paragraphSchema>;
export type SourceSection = z.infer<typeof sectionSchema>;
export type SourceRecurrence = z.infer<typeof recurrenceSchema>;
export type SourceLink = z.infer<typeof linkSchema>;
export type SourceCommitment = z.infer<typeof commitmentSchema>;
export type SourceEvidence = z.infer<typeof evidenceSchema>;
export type SourceOccurrence = z.infer<typeof occurrenceSchema>;
export type SourceDocument = z.infer<typeof sourceDocumentSchema>;
export type DocumentType = (typeof documentTypes)[number];
export type SentenceKind = (typeof sentenceKinds)[number];
export type CommitmentType = (typeof commitmentTypes)[number];
export type Strength = (typeof strengths)[number];
export type Frequency = (typeof frequencies)[number];
export type LinkType = (typeof linkTypes)[number];
export type EvidenceGrade = (typeof evidenceGrades)[number];
