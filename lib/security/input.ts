/**
 * PostgreSQL text cannot hold U+0000: a NUL byte that reached a write would fail the statement
 * and surface as a server error. No form field has a use for it, so such a submission is refused
 * before validation, field by field.
 */
export function fieldsWithNulBytes(raw: Record<string, unknown>): string[] {
  const hasNul = (value: unknown): boolean =>
    typeof value === "string" ? value.includes("\u0000") : Array.isArray(value) && value.some(hasNul);
  return Object.keys(raw).filter((key) => hasNul(raw[key]) || key.includes("\u0000"));
}
