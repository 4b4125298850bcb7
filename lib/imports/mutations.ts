import "server-only";
import { writeAudit, type AuditEntry } from "@/lib/audit/mutations";
import { db } from "@/lib/db";
import type { ImportChange } from "./preview";

type Actor = NonNullable<AuditEntry["actor"]>;

/** Thrown inside the transaction to roll every row back when one moved on since the preview. */
class RowMoved extends Error {
  constructor() {
    super("a tracking row moved on since the preview");
  }
}

// What an audit entry records of a tracking row: every column that lib/audit/replay.ts rebuilds.
const snapshot = { id: true, countryCode: true, status: true, progress: true, complianceScore: true, hasEvidence: true, ownerId: true, lastUpdateAt: true, version: true } as const;

export type ApplyResult = { ok: true; applied: number } | { ok: false; reason: "conflict" };

/**
 * Applies the changed rows of an import in one transaction: the same writes and audit entries as
 * the update form (lib/updates/mutations.ts recordStatusUpdate), one status update per row, each
 * only if its tracking row is still at the version of the file, plus one audit entry for the
 * import itself. If any row moved on, nothing is written.
 */
export async function applyImport(changes: ImportChange[], actor: Actor, ip: string | null, file: { name: string; hash: string; rows: number }): Promise<ApplyResult> {
  try {
    return await db().$transaction(
      async (tx) => {
        const byId = new Map(changes.map((change) => [change.trackingId, change]));
        const rows = await tx.tracking.findMany({ where: { id: { in: [...byId.keys()] } }, orderBy: { id: "asc" }, select: snapshot });
        if (rows.length !== changes.length) throw new RowMoved();
        const now = new Date();
        const next = new Map<string, typeof rows[number]>();
        for (const row of rows) {
          const change = byId.get(row.id)!;
          const after = {
            ...row, ...change.after,
            // Evidence backs a status: an import carries none, so a new status is unsupported.
            hasEvidence: row.hasEvidence && row.status === change.after.status,
            lastUpdateAt: now,
            version: change.version + 1,
          };
          const { count } = await tx.tracking.updateMany({
            where: { id: row.id, version: change.version },
            data: { status: after.status, progress: after.progress, complianceScore: after.complianceScore, hasEvidence: after.hasEvidence, lastUpdateAt: after.lastUpdateAt, version: { increment: 1 } },
          });
          if (count !== 1) throw new RowMoved();
          next.set(row.id, after);
        }
        const updates = await tx.statusUpdate.createManyAndReturn({
          data: rows.map((row) => {
            const change = byId.get(row.id)!;
            return {
              trackingId: row.id, commitmentId: change.commitmentId, countryCode: row.countryCode, authorId: actor.id, createdAt: now,
              statusBefore: row.status, status: change.after.status, progressBefore: row.progress, progress: change.after.progress,
              complianceScore: change.after.complianceScore, note: change.note, internalNote: change.internalNote, trackingVersion: change.version + 1,
            };
          }),
          select: { id: true, trackingId: true },
        });
        const updateOf = new Map(updates.map((update) => [update.trackingId, update.id]));
        for (const row of rows) {
          await writeAudit(tx, {
            actor, action: "tracking.update", entityType: "tracking", entityId: row.id, ip,
            before: row, after: { ...next.get(row.id), commitmentId: byId.get(row.id)!.commitmentId, statusUpdateId: updateOf.get(row.id), importHash: file.hash },
          });
        }
        await writeAudit(tx, { actor, action: "import.apply", entityType: "import", entityId: file.hash, ip, after: { file: file.name, rows: file.rows, applied: rows.length } });
        return { ok: true, applied: rows.length } as const;
      },
      { timeout: 120_000 },
    );
  } catch (error) {
    if (error instanceof RowMoved) return { ok: false, reason: "conflict" };
    throw error;
  }
}
