import "server-only";
import { writeAudit, type AuditEntry } from "@/lib/audit/mutations";
import { db } from "@/lib/db";
import { trackingSnapshot, writeFollowUps } from "@/lib/updates/mutations";
import type { ImportChange } from "./preview";

type Actor = NonNullable<AuditEntry["actor"]>;

/** Thrown inside the transaction to roll every row back when one moved on since the preview. */
class RowMoved extends Error {
  constructor() {
    super("a tracking row moved on since the preview");
  }
}

export type ApplyResult = { ok: true; applied: number } | { ok: false; reason: "conflict" };

/**
 * Applies the changed rows of an import in one transaction through the update form's own writes
 * (writeFollowUps): one status update and audit entry per row, each only if its tracking row is
 * still at the version of the file, plus one audit entry for the import itself. If any row moved
 * on, nothing is written.
 */
export async function applyImport(changes: ImportChange[], actor: Actor, ip: string | null, file: { name: string; hash: string; rows: number }): Promise<ApplyResult> {
  try {
    return await db().$transaction(
      async (tx) => {
        const byId = new Map(changes.map((change) => [change.trackingId, change]));
        const rows = await tx.tracking.findMany({ where: { id: { in: [...byId.keys()] } }, orderBy: { id: "asc" }, select: trackingSnapshot });
        if (rows.length !== changes.length) throw new RowMoved();
        const written = await writeFollowUps(tx, rows.map((row) => {
          const change = byId.get(row.id)!;
          return {
            row, seenVersion: change.version, commitmentId: change.commitmentId, ...change.after,
            // Evidence backs a status: an import carries none, so a new status is unsupported.
            hasEvidence: row.hasEvidence && row.status === change.after.status,
            note: change.note, internalNote: change.internalNote,
          };
        }), actor, ip, { importHash: file.hash });
        if (!written.ok) throw new RowMoved();
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
