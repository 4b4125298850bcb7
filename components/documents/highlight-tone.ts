import type { SentenceKind } from "@/lib/documents/data";
import type { Status } from "@/lib/tracking/status";

// Full class names, written out so that Tailwind finds them: a light tint keeps the text readable,
// the bottom border carries the status colour at full strength.
export const highlightTone: Record<Status, string> = {
  NOT_ASSESSED: "border-status-not-assessed bg-status-not-assessed/30 hover:bg-status-not-assessed/50",
  NO_EVIDENCE: "border-status-no-evidence bg-status-no-evidence/50 hover:bg-status-no-evidence/80",
  NOT_STARTED: "border-status-not-started bg-status-not-started/20 hover:bg-status-not-started/35",
  IN_PROGRESS: "border-status-in-progress bg-status-in-progress/20 hover:bg-status-in-progress/35",
  SUBSTANTIAL: "border-status-substantial bg-status-substantial/20 hover:bg-status-substantial/35",
  COMPLETED: "border-status-completed bg-status-completed/20 hover:bg-status-completed/35",
  STALLED: "border-status-stalled bg-status-stalled/20 hover:bg-status-stalled/35",
  SUPERSEDED: "border-status-superseded bg-status-superseded/20 hover:bg-status-superseded/35",
};

/** How each kind of sentence reads in the statement; the legend shows the same styles. */
export const sentenceKindStyle: Record<SentenceKind, string> = {
  COMMITMENT: "text-slate-900",
  POSITION: "text-slate-700 underline decoration-slate-400 decoration-dotted decoration-1 underline-offset-[0.4em]",
  CONTEXT: "text-slate-500",
};

export const sentenceKinds = ["COMMITMENT", "POSITION", "CONTEXT"] as const satisfies readonly SentenceKind[];
