/** The status scale (docs/status-scale.md), in display order. */
export const statuses = [
  "NOT_ASSESSED",
  "NO_EVIDENCE",
  "NOT_STARTED",
  "IN_PROGRESS",
  "SUBSTANTIAL",
  "COMPLETED",
  "STALLED",
  "SUPERSEDED",
] as const;
export type Status = (typeof statuses)[number];

/** Tailwind classes per status, one colour scale for every chart, strip and matrix cell. */
export const statusColor: Record<Status, string> = {
  NOT_ASSESSED: "bg-status-not-assessed",
  NO_EVIDENCE: "bg-status-no-evidence",
  NOT_STARTED: "bg-status-not-started",
  IN_PROGRESS: "bg-status-in-progress",
  SUBSTANTIAL: "bg-status-substantial",
  COMPLETED: "bg-status-completed",
  STALLED: "bg-status-stalled",
  SUPERSEDED: "bg-status-superseded",
};
