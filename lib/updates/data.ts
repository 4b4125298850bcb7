import "server-only";
import { db } from "@/lib/db";
import type { Status } from "@/lib/tracking/status";
import type { TrackingConflict } from "./conflicts";
import type { EvidenceGrade } from "./fields";

// Every read here runs a fixed number of queries, whatever the number of countries or updates.

export type CountryNames = { code: string; nameZh: string; nameEn: string };
export type EvidenceView = { id: string; url: string; title: string; eventDate: Date | null; grade: EvidenceGrade };

export type TrackingCard = {
  id: string;
  country: CountryNames;
  status: Status;
  progress: number;
  complianceScore: number | null;
  hasEvidence: boolean;
  owner: { id: string; name: string } | null;
  version: number;
  lastUpdateAt: Date | null;
  latestEvidence: EvidenceView | null;
};

const countryNames = { select: { code: true, nameZh: true, nameEn: true } } as const;

/** One card per country tracked for the commitment, in the countries' display order. */
export async function getTrackingForCommitment(commitmentId: string): Promise<TrackingCard[]> {
  const [rows, latest] = await Promise.all([
    db().tracking.findMany({
      where: { commitmentId },
      orderBy: [{ country: { sortOrder: "asc" } }, { countryCode: "asc" }],
      select: {
        id: true, status: true, progress: true, complianceScore: true, hasEvidence: true, version: true, lastUpdateAt: true,
        country: countryNames,
        owner: { select: { id: true, name: true } },
      },
    }),
    db().$queryRaw<(EvidenceView & { trackingId: string })[]>`
      SELECT DISTINCT ON (u.tracking_id) u.tracking_id AS "trackingId", e.id, e.url, e.title, e.event_date AS "eventDate", e.grade::text AS grade
      FROM evidence e JOIN status_update u ON u.id = e.update_id
      WHERE u.commitment_id = ${commitmentId}
      ORDER BY u.tracking_id, u.created_at DESC, e.event_date DESC NULLS LAST, e.id`,
  ]);
  const byTracking = new Map(latest.map(({ trackingId, ...evidence }) => [trackingId, evidence]));
  return rows.map((row) => ({ ...row, latestEvidence: byTracking.get(row.id) ?? null }));
}

export type TimelineEntry = {
  id: string;
  createdAt: Date;
  author: { name: string } | null;
  country: CountryNames;
  statusBefore: Status;
  status: Status;
  progressBefore: number;
  progress: number;
  complianceScore: number | null;
  note: string | null;
  /** Only present when the caller asked for internal notes (analysts and admins). */
  internalNote?: string | null;
  evidence: EvidenceView[];
};

/** Follow-ups of one commitment, newest first; internal notes are not even read unless asked for. */
export async function listTimeline(
  commitmentId: string,
  { limit = 50, includeInternal = false, countryCode }: { limit?: number; includeInternal?: boolean; countryCode?: string } = {},
): Promise<TimelineEntry[]> {
  return db().statusUpdate.findMany({
    where: { commitmentId, countryCode },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: Math.min(Math.max(limit, 1), 200),
    select: {
      id: true, createdAt: true, statusBefore: true, status: true, progressBefore: true, progress: true, complianceScore: true, note: true,
      internalNote: includeInternal,
      author: { select: { name: true } },
      country: countryNames,
      evidence: { orderBy: [{ eventDate: "desc" }, { id: "asc" }], select: { id: true, url: true, title: true, eventDate: true, grade: true } },
    },
  });
}

export type OccurrenceView = {
  id: string;
  period: string;
  expectedBy: Date;
  status: "PENDING" | "HELD" | "MISSED";
  heldOn: Date | null;
  venueZh: string | null;
  venueEn: string | null;
  note: string | null;
  version: number;
  evidence: EvidenceView[];
  overdue: boolean;
};

/** Expected occurrences of a recurring commitment in period order; overdue = still pending after its deadline. */
export async function listOccurrences(commitmentId: string, today = new Date()): Promise<OccurrenceView[]> {
  const startOfToday = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  const rows = await db().occurrence.findMany({
    where: { commitmentId },
    orderBy: [{ expectedBy: "asc" }, { period: "asc" }],
    select: {
      id: true, period: true, expectedBy: true, status: true, heldOn: true, venueZh: true, venueEn: true, note: true, version: true,
      evidence: { orderBy: [{ eventDate: "desc" }, { id: "asc" }], select: { id: true, url: true, title: true, eventDate: true, grade: true } },
    },
  });
  return rows.map((row) => ({ ...row, overdue: row.status === "PENDING" && row.expectedBy.getTime() < startOfToday }));
}

export type ChangeHistoryEntry = {
  id: string;
  at: Date;
  actor: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
};

/** Audit entries of the given rows (a commitment and its tracking rows, occurrences), newest first. */
export async function listChangeHistory(entityIds: string[], { limit = 50 }: { limit?: number } = {}): Promise<ChangeHistoryEntry[]> {
  if (entityIds.length === 0) return [];
  const rows = await db().auditLog.findMany({
    where: { entityId: { in: entityIds } },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: Math.min(Math.max(limit, 1), 200),
    select: { id: true, at: true, actorEmail: true, action: true, entityType: true, entityId: true, before: true, after: true, actor: { select: { name: true } } },
  });
  return rows.map(({ actor, actorEmail, id, ...entry }) => ({ ...entry, id: id.toString(), actor: actor?.name ?? actorEmail }));
}

/** People who may own a tracking row: active analysts and admins, by name. */
export async function listAssignableOwners(): Promise<{ id: string; name: string }[]> {
  return db().user.findMany({
    where: { disabledAt: null, role: { in: ["ANALYST", "ADMIN"] } },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { id: true, name: true },
  });
}

/** What happened to each stale row since the version the analyst saw (read after the rollback). */
export async function listChangesSince(rows: { trackingId: string; countryCode: string; yourVersion: number }[]): Promise<TrackingConflict[]> {
  const [current, changes] = await Promise.all([
    db().tracking.findMany({ where: { id: { in: rows.map((row) => row.trackingId) } }, select: { id: true, status: true, progress: true, version: true, updatedAt: true } }),
    db().statusUpdate.findMany({
      where: { OR: rows.map((row) => ({ trackingId: row.trackingId, trackingVersion: { gt: row.yourVersion } })) },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: 100,
      select: { id: true, trackingId: true, createdAt: true, statusBefore: true, status: true, progressBefore: true, progress: true, note: true, author: { select: { name: true } } },
    }),
  ]);
  return rows.flatMap((row) => {
    const now = current.find((item) => item.id === row.trackingId);
    if (!now) return [];
    return [{
      countryCode: row.countryCode,
      yourVersion: row.yourVersion,
      current: { status: now.status, progress: now.progress, version: now.version, updatedAt: now.updatedAt.toISOString() },
      changes: changes
        .filter((change) => change.trackingId === row.trackingId)
        .map((change) => ({
          id: change.id, authorName: change.author?.name ?? null, at: change.createdAt.toISOString(), statusBefore: change.statusBefore,
          status: change.status, progressBefore: change.progressBefore, progress: change.progress, note: change.note,
        })),
    }];
  });
}
