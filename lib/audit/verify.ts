import "server-only";
import { listAuditedTrackingNotStored, listTrackingAudit, listTrackingBatch } from "./data";
import { verifyTrackingRows, type ReplayDifference } from "./replay";

export type VerifyScope = { documentSlugs?: string[] };
export type VerifySummary = { rows: number; entries: number; differences: number };

const batchSize = 1_000;

/**
 * Replays the audit history of every tracking row (or those of some documents) in batches, so that
 * memory stays flat on a large database, and hands each difference to `report`.
 */
export async function verifyTrackingHistory(scope: VerifyScope, report: (difference: ReplayDifference) => void): Promise<VerifySummary> {
  const summary: VerifySummary = { rows: 0, entries: 0, differences: 0 };
  const found = (difference: ReplayDifference) => {
    summary.differences++;
    report(difference);
  };
  let afterId: string | null = null;
  for (;;) {
    const rows = await listTrackingBatch(afterId, batchSize, scope.documentSlugs);
    if (rows.length === 0) break;
    const entries = await listTrackingAudit(rows.map((row) => row.id));
    verifyTrackingRows(rows, entries).forEach(found);
    summary.rows += rows.length;
    summary.entries += entries.length;
    afterId = rows[rows.length - 1].id;
  }
  // A removed row no longer names its document, so only a whole-database check can find it.
  if (!scope.documentSlugs) for (const trackingId of await listAuditedTrackingNotStored()) found({ kind: "missing", trackingId });
  return summary;
}
