// Rebuilds each tracking row from its audit history alone and compares the result with the table.
// Every change to a tracking row writes an audit entry whose `after` is a snapshot of the row's
// columns (lib/updates/mutations.ts, lib/imports/mutations.ts); a row starts at its column
// defaults. So folding the entries in order must land exactly on the stored row, and each entry's
// `before` must match the state folded so far: otherwise a change went unrecorded.

export const replayedFields = ["status", "progress", "complianceScore", "hasEvidence", "ownerId", "lastUpdateAt", "version"] as const;
export type ReplayedField = (typeof replayedFields)[number];
/** JSON values as an audit entry stores them; `undefined` when no entry recorded the field. */
export type ReplayedState = Record<ReplayedField, unknown>;

/** A tracking row as it is created (the column defaults in prisma/schema.prisma). */
export const createdTrackingState: ReplayedState = {
  status: "NOT_ASSESSED", progress: 0, complianceScore: null, hasEvidence: false, ownerId: null, lastUpdateAt: null, version: 1,
};

export type TrackingAuditEntry = { id: bigint; entityId: string; action: string; before: unknown; after: unknown };
export type StoredTracking = { id: string } & Record<ReplayedField, unknown>;

export type ReplayDifference =
  /** An entry's `before` disagrees with the state replayed up to it: a change was not audited. */
  | { kind: "gap"; trackingId: string; auditId: string; field: ReplayedField; replayed: unknown; recorded: unknown }
  /** The replayed state disagrees with the stored row. */
  | { kind: "differs"; trackingId: string; field: ReplayedField; replayed: unknown; stored: unknown }
  /** No entry recorded this field after a change (entries written before the field was audited). */
  | { kind: "unknown"; trackingId: string; field: ReplayedField }
  /** Audited, but no longer in the table. */
  | { kind: "missing"; trackingId: string };

const asRecord = (value: unknown): Record<string, unknown> => (value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {});
const toJson = (value: unknown) => (value instanceof Date ? value.toISOString() : value);
const same = (a: unknown, b: unknown) => JSON.stringify(toJson(a)) === JSON.stringify(toJson(b));

/** Folds one row's entries (oldest first) onto its created state, noting every gap on the way. */
export function replayTracking(trackingId: string, entries: TrackingAuditEntry[]): { state: ReplayedState; gaps: ReplayDifference[] } {
  let state: ReplayedState = { ...createdTrackingState };
  const gaps: ReplayDifference[] = [];
  for (const entry of entries) {
    const before = asRecord(entry.before);
    const after = asRecord(entry.after);
    for (const field of replayedFields) {
      if (field in before && state[field] !== undefined && !same(before[field], state[field])) {
        gaps.push({ kind: "gap", trackingId, auditId: entry.id.toString(), field, replayed: state[field], recorded: before[field] });
      }
    }
    // The `after` of an entry is the whole row: a field it does not carry is unknown from here on.
    state = Object.fromEntries(replayedFields.map((field) => [field, field in after ? toJson(after[field]) : undefined])) as ReplayedState;
  }
  return { state, gaps };
}

/** The differences between a replayed state and the stored row. */
export function compareWithStored(row: StoredTracking, state: ReplayedState): ReplayDifference[] {
  return replayedFields.flatMap((field): ReplayDifference[] => {
    if (state[field] === undefined) return [{ kind: "unknown", trackingId: row.id, field }];
    return same(state[field], row[field]) ? [] : [{ kind: "differs", trackingId: row.id, field, replayed: state[field], stored: toJson(row[field]) }];
  });
}

/** Replays a batch of stored rows from their entries (in any order); entries of other rows are ignored. */
export function verifyTrackingRows(rows: StoredTracking[], entries: TrackingAuditEntry[]): ReplayDifference[] {
  const byRow = new Map<string, TrackingAuditEntry[]>();
  for (const entry of [...entries].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    const list = byRow.get(entry.entityId);
    if (list) list.push(entry);
    else byRow.set(entry.entityId, [entry]);
  }
  return rows.flatMap((row) => {
    const { state, gaps } = replayTracking(row.id, byRow.get(row.id) ?? []);
    return [...gaps, ...compareWithStored(row, state)];
  });
}

export function describeDifference(difference: ReplayDifference): string {
  const show = (value: unknown) => JSON.stringify(value);
  switch (difference.kind) {
    case "gap":
      return `tracking ${difference.trackingId}: audit entry ${difference.auditId} starts from ${difference.field} = ${show(difference.recorded)}, but the history before it gives ${show(difference.replayed)} (an unaudited change)`;
    case "differs":
      return `tracking ${difference.trackingId}: ${difference.field} is ${show(difference.stored)} in the table, ${show(difference.replayed)} by the audit history`;
    case "unknown":
      return `tracking ${difference.trackingId}: ${difference.field} was not recorded by its last audit entry, so it cannot be checked`;
    case "missing":
      return `tracking ${difference.trackingId}: has audit entries but is not in the table`;
  }
}
