import "server-only";
import { writeAudit, type AuditEntry } from "@/lib/audit/mutations";
import { db } from "@/lib/db";
import type { EditCommitmentInput } from "./schema";

type Actor = NonNullable<AuditEntry["actor"]>;
export type CommitmentEditResult =
  | { ok: true }
  | { ok: false; reason: "stale" | "notFound" | "unknownArea" | "unknownTarget" | "selfLink" | "duplicate" };

const editable = ["titleZh", "titleEn", "translationEn", "areaSlug", "type", "strength", "dueDate"] as const;

/** Admin edit of a commitment's coding, refused if someone saved since the form was opened. */
export async function updateCommitment(input: EditCommitmentInput, actor: Actor, ip: string | null): Promise<CommitmentEditResult> {
  return db().$transaction(async (tx) => {
    const current = await tx.commitment.findUnique({ where: { id: input.id } });
    if (!current) return { ok: false, reason: "notFound" } as const;
    if (current.version !== input.version) return { ok: false, reason: "stale" } as const;
    if (!(await tx.area.findUnique({ where: { slug: input.areaSlug } }))) return { ok: false, reason: "unknownArea" } as const;
    const next = { ...input, dueDate: input.dueDate ? new Date(`${input.dueDate}T00:00:00Z`) : null };
    const changed = editable.filter((key) => JSON.stringify(current[key]) !== JSON.stringify(next[key]));
    if (changed.length === 0) return { ok: true } as const;
    const data = Object.fromEntries(changed.map((key) => [key, next[key]]));
    const updated = await tx.commitment.updateMany({ where: { id: input.id, version: input.version }, data: { ...data, version: { increment: 1 } } });
    if (updated.count !== 1) return { ok: false, reason: "stale" } as const;
    const before = Object.fromEntries(changed.map((key) => [key, current[key]]));
    await writeAudit(tx, { actor, action: "commitment.update", entityType: "commitment", entityId: input.id, before, after: data, ip });
    return { ok: true } as const;
  });
}

export async function addCommitmentLink(
  input: { fromId: string; targetCode: string; type: "REAFFIRMS" | "UPGRADES" | "SUPERSEDES" | "IMPLEMENTS"; note: string | null },
  actor: Actor,
  ip: string | null,
): Promise<CommitmentEditResult> {
  return db().$transaction(async (tx) => {
    const target = await tx.commitment.findUnique({ where: { code: input.targetCode }, select: { id: true } });
    if (!target) return { ok: false, reason: "unknownTarget" } as const;
    if (target.id === input.fromId) return { ok: false, reason: "selfLink" } as const;
    if (!(await tx.commitment.findUnique({ where: { id: input.fromId }, select: { id: true } }))) return { ok: false, reason: "notFound" } as const;
    const existing = await tx.commitmentLink.findUnique({ where: { fromId_toId_type: { fromId: input.fromId, toId: target.id, type: input.type } } });
    if (existing) return { ok: false, reason: "duplicate" } as const;
    const link = await tx.commitmentLink.create({ data: { fromId: input.fromId, toId: target.id, type: input.type, note: input.note } });
    await writeAudit(tx, { actor, action: "link.create", entityType: "commitment", entityId: input.fromId, after: { linkId: link.id, type: input.type, target: input.targetCode, note: input.note }, ip });
    return { ok: true } as const;
  });
}

export async function removeCommitmentLink(linkId: string, actor: Actor, ip: string | null): Promise<CommitmentEditResult> {
  return db().$transaction(async (tx) => {
    const link = await tx.commitmentLink.findUnique({ where: { id: linkId }, include: { to: { select: { code: true } } } });
    if (!link) return { ok: false, reason: "notFound" } as const;
    await tx.commitmentLink.delete({ where: { id: linkId } });
    await writeAudit(tx, { actor, action: "link.delete", entityType: "commitment", entityId: link.fromId, before: { linkId, type: link.type, target: link.to.code, note: link.note }, ip });
    return { ok: true } as const;
  });
}
