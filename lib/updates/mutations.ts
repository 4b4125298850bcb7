import "server-only";
import { writeAudit, type AuditEntry } from "@/lib/audit/mutations";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { suggestedComplianceScore, suggestProgress, type Status } from "@/lib/tracking/status";
import type { TrackingConflict } from "./conflicts";
import { listChangesSince } from "./data";
import type { BulkUpdateInput, EvidenceInput, OccurrenceInput, SetOwnerInput, StatusUpdateInput } from "./schema";

type Actor = NonNullable<AuditEntry["actor"]>;
type Tx = Prisma.TransactionClient;
type StaleRow = { trackingId: string; countryCode: string; yourVersion: number };

export type StatusUpdateResult =
  | { ok: true; commitmentCode: string; versions: Record<string, number> }
  | { ok: false; reason: "conflict"; commitmentCode: string; conflicts: TrackingConflict[] }
  | { ok: false; reason: "notFound" };

/** Thrown inside a transaction to roll every write back; carries what the caller must be told. */
class StaleVersions extends Error {
  constructor(readonly rows: StaleRow[]) {
    super("stale tracking versions");
  }
}

/** What an audit entry records of a tracking row: every column that lib/audit/replay.ts rebuilds. */
export const trackingSnapshot = {
  id: true, countryCode: true, status: true, progress: true, complianceScore: true, hasEvidence: true, ownerId: true, lastUpdateAt: true, version: true,
} as const;
export type TrackingSnapshot = Prisma.TrackingGetPayload<{ select: typeof trackingSnapshot }>;

/** One new status for one tracking row, from the update form or a row of an imported sheet. */
export type FollowUp = {
  /** The row as read in the caller's transaction. */
  row: TrackingSnapshot;
  /** The version the analyst (or the exported file) saw. */
  seenVersion: number;
  commitmentId: string;
  status: Status;
  progress: number;
  complianceScore: number | null;
  hasEvidence: boolean;
  note: string | null;
  internalNote: string | null;
};

export type FollowUpWrite =
  | { ok: true; updateIds: Map<string, string>; after: TrackingSnapshot[] }
  | { ok: false; moved: FollowUp[] };

/**
 * The one way a tracking row's status changes through a versioned path, inside the caller's
 * transaction: each row is written only if it is still at the version seen; then one status update
 * and one audit entry per row. When any row moved on, the caller gets them all and must roll back
 * (throw), since the rows before it were already written.
 */
export async function writeFollowUps(tx: Tx, followUps: FollowUp[], actor: Actor, ip: string | null, auditExtra: Record<string, string> = {}): Promise<FollowUpWrite> {
  const now = new Date();
  const moved: FollowUp[] = [];
  for (const followUp of followUps) {
    const { row, seenVersion } = followUp;
    const written = row.version === seenVersion && (await tx.tracking.updateMany({
      where: { id: row.id, version: seenVersion },
      data: {
        status: followUp.status, progress: followUp.progress, complianceScore: followUp.complianceScore,
        hasEvidence: followUp.hasEvidence, lastUpdateAt: now, version: { increment: 1 },
      },
    })).count === 1;
    if (!written) moved.push(followUp);
  }
  if (moved.length) return { ok: false, moved };

  const updates = await tx.statusUpdate.createManyAndReturn({
    data: followUps.map(({ row, ...change }) => ({
      trackingId: row.id, commitmentId: change.commitmentId, countryCode: row.countryCode, authorId: actor.id, createdAt: now,
      statusBefore: row.status, status: change.status, progressBefore: row.progress, progress: change.progress,
      complianceScore: change.complianceScore, note: change.note, internalNote: change.internalNote, trackingVersion: row.version + 1,
    })),
    select: { id: true, trackingId: true },
  });
  const updateIds = new Map(updates.map((update) => [update.trackingId, update.id]));
  const after = await tx.tracking.findMany({ where: { id: { in: followUps.map(({ row }) => row.id) } }, select: trackingSnapshot });
  for (const { row, commitmentId } of followUps) {
    await writeAudit(tx, {
      actor, action: "tracking.update", entityType: "tracking", entityId: row.id, ip,
      before: row, after: { ...after.find((item) => item.id === row.id), commitmentId, statusUpdateId: updateIds.get(row.id), ...auditExtra },
    });
  }
  return { ok: true, updateIds, after };
}

const day = (iso: string | null) => (iso ? new Date(`${iso}T00:00:00Z`) : null);
const evidenceRows = (evidence: EvidenceInput[], owner: { updateId: string } | { occurrenceId: string }) =>
  evidence.map((e) => ({ ...owner, url: e.url, title: e.title, eventDate: day(e.eventDate), grade: e.grade }));

/**
 * Logs one follow-up for several countries at once, all or nothing. Each tracking row is updated
 * only if it is still at the version the analyst saw (optimistic: no lock is held while they type);
 * if any row moved on, nothing is written and the caller gets what changed meanwhile.
 */
export async function recordStatusUpdate(input: StatusUpdateInput, actor: Actor, ip: string | null): Promise<StatusUpdateResult> {
  const commitment = await db().commitment.findUnique({ where: { id: input.commitmentId }, select: { id: true, code: true } });
  if (!commitment) return { ok: false, reason: "notFound" };
  const expected = new Map(input.countries.map((c) => [c.code, c.version]));
  try {
    return await db().$transaction(async (tx) => {
      const rows = await tx.tracking.findMany({
        where: { commitmentId: commitment.id, countryCode: { in: [...expected.keys()] } },
        orderBy: { id: "asc" }, // one lock order for everyone: no deadlocks between multi-country saves
        select: trackingSnapshot,
      });
      if (rows.length !== expected.size) return { ok: false, reason: "notFound" } as const;
      const written = await writeFollowUps(tx, rows.map((row) => ({
        row, seenVersion: expected.get(row.countryCode)!, commitmentId: commitment.id,
        status: input.status, progress: input.progress ?? row.progress, complianceScore: input.complianceScore,
        // Evidence backs a status: a new status without new evidence is unsupported.
        hasEvidence: input.evidence.length > 0 || (row.hasEvidence && row.status === input.status),
        note: input.note, internalNote: input.internalNote,
      })), actor, ip);
      if (!written.ok) {
        throw new StaleVersions(written.moved.map(({ row, seenVersion }) => ({ trackingId: row.id, countryCode: row.countryCode, yourVersion: seenVersion })));
      }
      const { updateIds, after } = written;
      await tx.evidence.createMany({ data: rows.flatMap((row) => evidenceRows(input.evidence, { updateId: updateIds.get(row.id)! })) });
      return { ok: true, commitmentCode: commitment.code, versions: Object.fromEntries(after.map((row) => [row.countryCode, row.version])) } as const;
    });
  } catch (error) {
    if (!(error instanceof StaleVersions)) throw error;
    return { ok: false, reason: "conflict", commitmentCode: commitment.code, conflicts: await listChangesSince(error.rows) };
  }
}

export type OccurrenceResult =
  | { ok: true; commitmentCode: string; version: number }
  | { ok: false; reason: "conflict"; commitmentCode: string; current: { status: string; heldOn: Date | null; version: number; updatedAt: Date } }
  | { ok: false; reason: "notFound" };

const hasHan = (text: string) => /\p{Script=Han}/u.test(text);

/** Marks one expected occurrence held or missed, if nobody changed it since the form was opened. */
export async function recordOccurrence(input: OccurrenceInput, actor: Actor, ip: string | null): Promise<OccurrenceResult> {
  return db().$transaction(async (tx) => {
    const fields = { status: true, heldOn: true, venueZh: true, venueEn: true, note: true, version: true, updatedAt: true } as const;
    const before = await tx.occurrence.findUnique({ where: { id: input.occurrenceId }, select: { ...fields, commitment: { select: { code: true } } } });
    if (!before) return { ok: false, reason: "notFound" } as const;
    const { commitment, ...previous } = before;
    const conflict = { ok: false, reason: "conflict", commitmentCode: commitment.code, current: previous } as const;
    if (previous.version !== input.version) return conflict;
    // An unchanged venue keeps both languages; a new one replaces them, filed under its script.
    const keepVenue = input.venue !== null && (input.venue === previous.venueEn || input.venue === previous.venueZh);
    const venue = keepVenue
      ? { venueZh: previous.venueZh, venueEn: previous.venueEn }
      : { venueZh: input.venue && hasHan(input.venue) ? input.venue : null, venueEn: input.venue && !hasHan(input.venue) ? input.venue : null };
    const data = { status: input.status, heldOn: day(input.heldOn), note: input.note, ...venue };
    const { count } = await tx.occurrence.updateMany({ where: { id: input.occurrenceId, version: input.version }, data: { ...data, version: { increment: 1 } } });
    if (count !== 1) return conflict;
    await tx.evidence.createMany({ data: evidenceRows(input.evidence, { occurrenceId: input.occurrenceId }) });
    const after = { ...data, version: input.version + 1, evidence: input.evidence.length };
    await writeAudit(tx, { actor, action: "occurrence.update", entityType: "occurrence", entityId: input.occurrenceId, before: previous, after, ip });
    return { ok: true, commitmentCode: commitment.code, version: after.version } as const;
  });
}

export type OwnerResult =
  | { ok: true; changed: number; unchanged: number; commitmentCodes: string[] }
  | { ok: false; reason: "conflict" | "notFound" | "invalidOwner" };

/** Checked inside the transaction, so that an owner disabled meanwhile is not assigned. */
async function ownerIsAssignable(tx: Tx, ownerId: string | null | undefined): Promise<boolean> {
  if (!ownerId) return true;
  const owner = await tx.user.findUnique({ where: { id: ownerId }, select: { role: true, disabledAt: true } });
  return !!owner && !owner.disabledAt && owner.role !== "VIEWER";
}

/** Assigns an owner to tracking rows at the versions the admin saw; rows already owned by them are left alone. */
export async function setTrackingOwner(input: SetOwnerInput, actor: Actor, ip: string | null): Promise<OwnerResult> {
  try {
    return await db().$transaction(async (tx) => {
      if (!(await ownerIsAssignable(tx, input.ownerId))) return { ok: false, reason: "invalidOwner" } as const;
      const seen = new Map(input.rows.map((row) => [row.trackingId, row.version]));
      const rows = await tx.tracking.findMany({ where: { id: { in: [...seen.keys()] } }, orderBy: { id: "asc" }, select: { ...trackingSnapshot, commitment: { select: { code: true } } } });
      if (rows.length !== seen.size) return { ok: false, reason: "notFound" } as const;
      let changed = 0;
      const codes = new Set<string>();
      for (const { commitment, ...row } of rows) {
        codes.add(commitment.code);
        const version = seen.get(row.id)!;
        if (row.version !== version) throw new StaleVersions([]);
        if (row.ownerId === input.ownerId) continue;
        const { count } = await tx.tracking.updateMany({ where: { id: row.id, version }, data: { ownerId: input.ownerId, version: { increment: 1 } } });
        if (count !== 1) throw new StaleVersions([]);
        await writeAudit(tx, { actor, action: "tracking.owner", entityType: "tracking", entityId: row.id, before: row, after: { ...row, ownerId: input.ownerId, version: version + 1 }, ip });
        changed++;
      }
      return { ok: true, changed, unchanged: rows.length - changed, commitmentCodes: [...codes] } as const;
    });
  } catch (error) {
    if (error instanceof StaleVersions) return { ok: false, reason: "conflict" };
    throw error;
  }
}

export type BulkResult =
  | { ok: true; requested: number; changed: number; unchanged: number; notTracked: number; commitmentCodes: string[] }
  | { ok: false; reason: "invalidOwner" };

/**
 * A table bulk action: every selected (commitment, country) pair is accounted for as changed,
 * unchanged or not tracked. The rows are locked for the transaction, since the table carries no
 * versions to compare.
 */
export async function bulkUpdateStatus(input: BulkUpdateInput, actor: Actor, ip: string | null): Promise<BulkResult> {
  return db().$transaction(
    async (tx) => {
      if (!(await ownerIsAssignable(tx, input.ownerId))) return { ok: false, reason: "invalidOwner" } as const;
      await lockTrackingRows(tx, input.commitmentIds, input.countries);
      const rows = await tx.tracking.findMany({
        where: { commitmentId: { in: input.commitmentIds }, countryCode: { in: input.countries } },
        orderBy: { id: "asc" },
        select: { ...trackingSnapshot, commitmentId: true, commitment: { select: { code: true } } },
      });
      const now = new Date();
      let changed = 0;
      const codes = new Set<string>();
      for (const { commitment, ...row } of rows) {
        codes.add(commitment.code);
        const status: Status = input.status ?? row.status;
        const statusChanges = status !== row.status;
        const ownerId = input.ownerId === undefined ? row.ownerId : input.ownerId;
        if (!statusChanges && ownerId === row.ownerId) continue;
        const next = {
          status, ownerId, version: row.version + 1,
          ...(statusChanges && { progress: suggestProgress(status, row.progress), complianceScore: suggestedComplianceScore[status], hasEvidence: false, lastUpdateAt: now }),
        };
        await tx.tracking.update({ where: { id: row.id }, data: next });
        const update = statusChanges
          ? await tx.statusUpdate.create({
              data: {
                trackingId: row.id, commitmentId: row.commitmentId, countryCode: row.countryCode, authorId: actor.id, createdAt: now,
                statusBefore: row.status, status, progressBefore: row.progress, progress: next.progress!, complianceScore: next.complianceScore,
                note: input.note, trackingVersion: next.version,
              },
              select: { id: true },
            })
          : null;
        await writeAudit(tx, { actor, action: "tracking.bulk_update", entityType: "tracking", entityId: row.id, before: row, after: { ...row, ...next, statusUpdateId: update?.id }, ip });
        changed++;
      }
      const requested = input.commitmentIds.length * input.countries.length;
      return { ok: true, requested, changed, unchanged: rows.length - changed, notTracked: requested - rows.length, commitmentCodes: [...codes] } as const;
    },
    { timeout: 60_000 },
  );
}

async function lockTrackingRows(tx: Tx, commitmentIds: string[], countries: string[]) {
  await tx.$queryRaw`
    SELECT id FROM tracking
    WHERE commitment_id IN (${Prisma.join(commitmentIds)}) AND country_code IN (${Prisma.join(countries)})
    ORDER BY id FOR UPDATE`;
}
