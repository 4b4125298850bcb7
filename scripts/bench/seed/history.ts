import { suggestedComplianceScore, type Status } from "@/lib/tracking/status";
import { zipfCounts, type Random } from "../lib/random";
import type { BenchTracking, Catalog } from "./catalog";
import { referenceTime } from "./catalog";
import { evidenceSources, internalNotes, notes } from "./corpus";

// The append-only history: status updates with a Zipf-like activity (a few commitments get most
// of them, many get none), statuses that move along a plausible path, evidence on some. Each
// tracking row ends in the state of its latest update, by the same rules as recordStatusUpdate.

export type UpdateRow = {
  id: string; trackingId: string; commitmentId: string; country: string; authorId: string; createdAt: string;
  statusBefore: Status; status: Status; progressBefore: number; progress: number; complianceScore: number | null;
  note: string | null; internalNote: string | null; trackingVersion: number;
};
export type EvidenceRow = { id: string; updateId: string; url: string; title: string; eventDate: string; grade: string };
export type TrackingState = { id: string; status: Status; progress: number; complianceScore: number | null; hasEvidence: boolean; lastUpdateAt: string | null; version: number };

const next: Record<Status, [Status[], number[]]> = {
  NOT_ASSESSED: [["NO_EVIDENCE", "NOT_STARTED", "IN_PROGRESS"], [3, 3, 4]],
  NO_EVIDENCE: [["NO_EVIDENCE", "NOT_STARTED", "IN_PROGRESS"], [2, 3, 5]],
  NOT_STARTED: [["NOT_STARTED", "IN_PROGRESS", "STALLED"], [2, 7, 1]],
  IN_PROGRESS: [["IN_PROGRESS", "SUBSTANTIAL", "STALLED", "COMPLETED", "SUPERSEDED"], [55, 25, 12, 6, 2]],
  SUBSTANTIAL: [["SUBSTANTIAL", "COMPLETED", "IN_PROGRESS", "STALLED"], [4, 4, 1, 1]],
  COMPLETED: [["COMPLETED", "SUBSTANTIAL"], [85, 15]],
  STALLED: [["STALLED", "IN_PROGRESS", "SUPERSEDED"], [3, 6, 1]],
  SUPERSEDED: [["SUPERSEDED", "IN_PROGRESS"], [9, 1]],
};
const countryActivity: Record<string, number> = { CN: 1.6, KZ: 1.4, UZ: 1.2, KG: 0.9, TJ: 0.7, TM: 0.4 };
const grades = ["A", "B", "C", "D"];
const gradeWeights = [15, 35, 35, 15];
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

function progressFor(status: Status, previous: number, random: Random): number {
  switch (status) {
    case "IN_PROGRESS": return Math.min(70, Math.max(20, previous + random.int(0, 15)));
    case "SUBSTANTIAL": return random.int(60, 95);
    case "COMPLETED": return 100;
    case "STALLED": case "SUPERSEDED": return previous;
    default: return 0;
  }
}

/** How many updates each tracking row gets: Zipf over the active commitments, then by country. */
export function allocateUpdates(catalog: Catalog, total: number, random: Random): Map<string, number> {
  const active = random.shuffle(catalog.commitments.filter(() => random.chance(0.7)));
  const perCommitment = zipfCounts(total, active.length, 1.1);
  const counts = new Map<string, number>();
  active.forEach((commitment, rank) => {
    const weights = commitment.trackings.map((t) => countryActivity[t.country] ?? 1);
    for (let i = 0; i < perCommitment[rank]; i++) {
      const tracking = random.weighted(commitment.trackings, weights);
      counts.set(tracking.id, (counts.get(tracking.id) ?? 0) + 1);
    }
  });
  return counts;
}

/** The updates of one tracking row, oldest first, and the row's final state. */
export function trackingHistory(tracking: BenchTracking, count: number, authors: string[], random: Random) {
  const start = tracking.documentDate + 20 * 86_400_000;
  const times = Array.from({ length: count }, () => Math.floor(start + random.next() * (referenceTime - start))).sort((a, b) => a - b);
  const updates: UpdateRow[] = [];
  const evidence: EvidenceRow[] = [];
  const state: TrackingState = { id: tracking.id, status: "NOT_ASSESSED", progress: 0, complianceScore: null, hasEvidence: false, lastUpdateAt: null, version: 1 };
  for (const time of times) {
    const [options, weights] = next[state.status];
    const status = random.weighted(options, weights);
    const progress = progressFor(status, state.progress, random);
    const id = random.id();
    const createdAt = new Date(time).toISOString();
    const withEvidence = random.chance(0.12) ? (random.chance(0.25) ? 2 : 1) : 0;
    for (let e = 0; e < withEvidence; e++) {
      const [base, title] = random.pick(evidenceSources);
      evidence.push({ id: random.id(), updateId: id, url: `${base}${id.slice(-8)}${e}.html`, title, eventDate: day(time - random.int(0, 20) * 86_400_000), grade: random.weighted(grades, gradeWeights) });
    }
    updates.push({
      id, trackingId: tracking.id, commitmentId: tracking.commitmentId, country: tracking.country,
      authorId: tracking.ownerId && random.chance(0.6) ? tracking.ownerId : random.pick(authors), createdAt,
      statusBefore: state.status, status, progressBefore: state.progress, progress, complianceScore: suggestedComplianceScore[status],
      note: random.chance(0.55) ? random.pick(notes) : null, internalNote: random.chance(0.08) ? random.pick(internalNotes) : null,
      trackingVersion: state.version + 1,
    });
    state.hasEvidence = withEvidence > 0 || (state.hasEvidence && state.status === status);
    Object.assign(state, { status, progress, complianceScore: suggestedComplianceScore[status], lastUpdateAt: createdAt, version: state.version + 1 });
  }
  return { updates, evidence, state };
}
