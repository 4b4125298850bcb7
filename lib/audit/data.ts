import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { auditPageSize, type AuditFilter } from "./schema";

export async function listAuditEntries(filter: AuditFilter) {
  const where: Prisma.AuditLogWhereInput = {
    actorEmail: filter.actor ? { contains: filter.actor, mode: "insensitive" } : undefined,
    entityType: filter.entity,
    action: filter.action ? { startsWith: filter.action } : undefined,
    at: {
      gte: filter.from ? new Date(`${filter.from}T00:00:00Z`) : undefined,
      lt: filter.to ? new Date(new Date(`${filter.to}T00:00:00Z`).getTime() + 86_400_000) : undefined,
    },
  };
  const [entries, total, entityTypes, actions] = await Promise.all([
    db().auditLog.findMany({ where, orderBy: { id: "desc" }, take: auditPageSize, skip: (filter.page - 1) * auditPageSize }),
    db().auditLog.count({ where }),
    db().auditLog.findMany({ distinct: ["entityType"], select: { entityType: true }, orderBy: { entityType: "asc" } }),
    db().auditLog.findMany({ distinct: ["action"], select: { action: true }, orderBy: { action: "asc" } }),
  ]);
  return {
    entries: entries.map((entry) => ({ ...entry, id: entry.id.toString() })),
    total,
    entityTypes: entityTypes.map((row) => row.entityType),
    actions: actions.map((row) => row.action),
  };
}

const trackingColumns = { id: true, status: true, progress: true, complianceScore: true, hasEvidence: true, ownerId: true, lastUpdateAt: true, version: true } as const;

/** Tracking rows in id order after `afterId`, optionally of some documents only (by slug). */
export function listTrackingBatch(afterId: string | null, size: number, documentSlugs?: string[]) {
  return db().tracking.findMany({
    where: { id: afterId ? { gt: afterId } : undefined, commitment: documentSlugs ? { document: { slug: { in: documentSlugs } } } : undefined },
    orderBy: { id: "asc" },
    take: size,
    select: trackingColumns,
  });
}

/** Every audit entry of these tracking rows, oldest first. */
export function listTrackingAudit(trackingIds: string[]) {
  return db().auditLog.findMany({
    where: { entityType: "tracking", entityId: { in: trackingIds } },
    orderBy: { id: "asc" },
    select: { id: true, entityId: true, action: true, before: true, after: true },
  });
}

/** Tracking ids that have audit entries but no row any more. */
export async function listAuditedTrackingNotStored(): Promise<string[]> {
  const rows = await db().$queryRaw<{ entity_id: string }[]>`
    SELECT DISTINCT a.entity_id FROM audit_log a
    WHERE a.entity_type = 'tracking' AND NOT EXISTS (SELECT 1 FROM tracking t WHERE t.id = a.entity_id)
    ORDER BY a.entity_id`;
  return rows.map((row) => row.entity_id);
}
