import "server-only";
import { writeAudit, type AuditEntry } from "@/lib/audit/mutations";
import type { Role } from "@/lib/auth/roles";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import type { CreateUserInput } from "./schema";

type Actor = AuditEntry["actor"];
export type UserChangeResult = { ok: true; id: string } | { ok: false; reason: "emailTaken" | "stale" | "lastAdmin" | "self" };

const publicFields = { id: true, email: true, name: true, role: true, disabledAt: true, version: true } as const;

export async function createUser(input: CreateUserInput, actor: Actor, ip: string | null): Promise<UserChangeResult> {
  const passwordHash = await hashPassword(input.password);
  return db().$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
      return { ok: false, reason: "emailTaken" } as const;
    }
    const user = await tx.user.create({
      data: { email: input.email, name: input.name, role: input.role, passwordHash },
      select: publicFields,
    });
    await writeAudit(tx, { actor, action: "user.create", entityType: "user", entityId: user.id, after: user, ip });
    return { ok: true, id: user.id } as const;
  });
}

/**
 * Role changes and disabling both end the user's existing sessions (sessionsValidAfter), check the
 * version the admin saw, and never leave the system without an active admin.
 */
export async function updateUserAccess(
  change: { id: string; version: number; role?: Role; disabled?: boolean },
  actor: NonNullable<Actor>,
  ip: string | null,
): Promise<UserChangeResult> {
  if (change.id === actor.id) return { ok: false, reason: "self" };
  return db().$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: change.id }, select: publicFields });
    if (!before || before.version !== change.version) return { ok: false, reason: "stale" } as const;
    const losesAdmin =
      before.role === "ADMIN" && !before.disabledAt && (change.disabled || (change.role && change.role !== "ADMIN"));
    if (losesAdmin && (await tx.user.count({ where: { role: "ADMIN", disabledAt: null } })) <= 1) {
      return { ok: false, reason: "lastAdmin" } as const;
    }
    const disabledAt = change.disabled === undefined ? undefined : change.disabled ? new Date() : null;
    const updated = await tx.user.updateMany({
      where: { id: change.id, version: change.version },
      data: { role: change.role, disabledAt, sessionsValidAfter: new Date(), version: { increment: 1 } },
    });
    if (updated.count !== 1) return { ok: false, reason: "stale" } as const;
    await tx.userSession.updateMany({ where: { userId: change.id, endedAt: null }, data: { endedAt: new Date() } });
    const after = await tx.user.findUniqueOrThrow({ where: { id: change.id }, select: publicFields });
    const action = change.disabled === undefined ? "user.role" : change.disabled ? "user.disable" : "user.enable";
    await writeAudit(tx, { actor, action, entityType: "user", entityId: change.id, before, after, ip });
    return { ok: true, id: change.id } as const;
  });
}

/** "Sign out everywhere": every session issued before now stops working. */
export async function endAllSessions(actor: NonNullable<Actor>, ip: string | null): Promise<void> {
  await db().$transaction(async (tx) => {
    const now = new Date();
    await tx.user.update({ where: { id: actor.id }, data: { sessionsValidAfter: now } });
    await tx.userSession.updateMany({ where: { userId: actor.id, endedAt: null }, data: { endedAt: now } });
    await writeAudit(tx, { actor, action: "user.sign_out_everywhere", entityType: "user", entityId: actor.id, ip });
  });
}

/**
 * Demo accounts exist only in demo mode: created (once) there, disabled by any non-demo seed so
 * that they can never be used against a real database.
 */
export async function syncDemoAccounts(
  accounts: readonly { email: string; name: string; role: Role }[],
  password: string,
  demo: boolean,
): Promise<void> {
  const passwordHash = demo ? await hashPassword(password) : "";
  await db().$transaction(async (tx) => {
    for (const account of accounts) {
      const existing = await tx.user.findUnique({ where: { email: account.email }, select: publicFields });
      if (demo && !existing) {
        const user = await tx.user.create({ data: { ...account, passwordHash }, select: publicFields });
        await writeAudit(tx, { actor: null, action: "user.create", entityType: "user", entityId: user.id, after: user });
      } else if (!demo && existing && !existing.disabledAt) {
        const after = await tx.user.update({
          where: { id: existing.id },
          data: { disabledAt: new Date(), sessionsValidAfter: new Date(), version: { increment: 1 } },
          select: publicFields,
        });
        await writeAudit(tx, { actor: null, action: "user.disable", entityType: "user", entityId: existing.id, before: existing, after });
      }
    }
  });
}
