import type { Status } from "@/lib/tracking/status";

/** A follow-up saved by someone else after the version the analyst's form was opened on. */
export type ConflictChange = {
  id: string;
  authorName: string | null;
  /** ISO timestamp. */
  at: string;
  statusBefore: Status;
  status: Status;
  progressBefore: number;
  progress: number;
  note: string | null;
};

/** One country whose tracking row moved on since the form was opened; nothing was saved. */
export type TrackingConflict = {
  countryCode: string;
  yourVersion: number;
  current: { status: Status; progress: number; version: number; updatedAt: string };
  /** Oldest first. Empty when the row moved for another reason (an owner was assigned). */
  changes: ConflictChange[];
};

type Translate = (key: string, values?: Record<string, string | number>) => string;

export function truncate(text: string, max: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

/**
 * "Aigerim saved a change to Kazakhstan at 14:02: In progress → Completed, 100%. Note: …", built
 * from message keys in the "updates.conflict" namespace so that both languages read naturally.
 */
export function summarizeChange(
  change: ConflictChange,
  context: { t: Translate; statusLabel: (status: Status) => string; country: string; formatTime: (iso: string) => string },
): string {
  const { t, statusLabel } = context;
  const values = {
    author: change.authorName ?? t("someone"),
    country: context.country,
    time: context.formatTime(change.at),
    before: statusLabel(change.statusBefore),
    after: statusLabel(change.status),
    progress: change.progress,
  };
  const summary = t(change.statusBefore === change.status ? "changeSameStatus" : "change", values);
  return change.note ? `${summary} ${t("changeNote", { note: truncate(change.note, 140) })}` : summary;
}

/** The versions to resubmit with: each conflicting country at the version that is current now. */
export function reappliedVersions(versions: Record<string, number>, conflicts: TrackingConflict[]): Record<string, number> {
  const next = { ...versions };
  for (const conflict of conflicts) next[conflict.countryCode] = conflict.current.version;
  return next;
}
