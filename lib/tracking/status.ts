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

/**
 * The progress a status suggests when an analyst picks it; null keeps the current figure, since a
 * stalled or superseded commitment stays as far along as it got.
 */
export const suggestedProgress: Record<Status, number | null> = {
  NOT_ASSESSED: 0,
  NO_EVIDENCE: 0,
  NOT_STARTED: 0,
  IN_PROGRESS: 40,
  SUBSTANTIAL: 75,
  COMPLETED: 100,
  STALLED: null,
  SUPERSEDED: null,
};

export function suggestProgress(status: Status, current: number): number {
  return suggestedProgress[status] ?? current;
}

/** Completion levels of the Open Government Partnership's Independent Reporting Mechanism. */
export const ogpLevels = ["noEvidence", "notStarted", "limited", "substantial", "complete"] as const;
export type OgpLevel = (typeof ogpLevels)[number];

/** Our status as an IRM completion level; null where the IRM has no level (not assessed, superseded). */
export function ogpLevelFor(status: Status, progress: number): OgpLevel | null {
  switch (status) {
    case "NO_EVIDENCE":
      return "noEvidence";
    case "NOT_STARTED":
      return "notStarted";
    case "IN_PROGRESS":
      return "limited";
    case "SUBSTANTIAL":
      return "substantial";
    case "COMPLETED":
      return "complete";
    case "STALLED":
      // The IRM rates what was achieved before work stopped.
      return progress === 0 ? "notStarted" : progress >= 75 ? "substantial" : "limited";
    default:
      return null;
  }
}

export type ComplianceScore = -1 | 0 | 1;
export const complianceScores = [-1, 0, 1] as const;

/** The G7/G20 Research Group score a status implies: +1 full, 0 partial, -1 no compliance. */
export const suggestedComplianceScore: Record<Status, ComplianceScore | null> = {
  NOT_ASSESSED: null,
  NO_EVIDENCE: null,
  NOT_STARTED: -1,
  IN_PROGRESS: 0,
  SUBSTANTIAL: 0,
  COMPLETED: 1,
  STALLED: -1,
  SUPERSEDED: null,
};
