// Form field names and limits shared by the schemas and the client forms (no zod here, so that
// client components do not ship the validation code).

export const evidenceGrades = ["A", "B", "C", "D"] as const;
export type EvidenceGrade = (typeof evidenceGrades)[number];

/** What the schema accepts; the forms offer fewer rows to stay short. */
export const maxEvidenceRows = 5;
export const formEvidenceRows = 3;

export const evidenceFieldNames = ["url", "title", "eventDate", "grade"] as const;
export type EvidenceFieldName = (typeof evidenceFieldNames)[number];
export const evidenceField = (row: number, name: EvidenceFieldName) => `evidence.${row}.${name}`;
