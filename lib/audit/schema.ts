import { z } from "zod";

const text = (max: number) =>
  z.unknown().optional().transform((value) => {
    const first = Array.isArray(value) ? value[0] : value;
    // A control character (a NUL byte above all: PostgreSQL text cannot hold it) makes the filter void.
    return typeof first === "string" && first.trim() && first.length <= max && !/\p{Cc}/u.test(first) ? first.trim() : undefined;
  });
const isoDay = z.unknown().optional().transform((value) => {
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === "string" && /^\d{4}-\d{2}-\d{2}$/.test(first) && !Number.isNaN(Date.parse(first)) ? first : undefined;
});

/** Filters of the audit log page, from the URL; anything invalid is ignored. */
export const auditFilterSchema = z.object({
  actor: text(254),
  entity: text(40),
  action: text(60),
  from: isoDay,
  to: isoDay,
  page: z.unknown().optional().transform((value) => {
    const n = Number(Array.isArray(value) ? value[0] : value);
    return Number.isInteger(n) && n >= 1 && n <= 100_000 ? n : 1;
  }),
});
export type AuditFilter = z.output<typeof auditFilterSchema>;
export const auditPageSize = 50;

/** The keys whose values differ between two JSON snapshots, for a readable before/after. */
export function changedKeys(before: unknown, after: unknown): string[] {
  const b = (before && typeof before === "object" ? before : {}) as Record<string, unknown>;
  const a = (after && typeof after === "object" ? after : {}) as Record<string, unknown>;
  const keys = new Set([...Object.keys(b), ...Object.keys(a)]);
  return [...keys].filter((key) => JSON.stringify(b[key]) !== JSON.stringify(a[key])).sort();
}
