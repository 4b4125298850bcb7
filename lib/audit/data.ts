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
