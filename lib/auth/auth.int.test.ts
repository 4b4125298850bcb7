import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createUser, endAllSessions, updateUserAccess } from "@/lib/users/mutations";
import { findSession, findUserForSignIn } from "./data";
import { endSession, reserveSignInAttempt, startSession, touchSession } from "./mutations";
import { verifyPassword } from "./password";
import { sessionState } from "./session-rules";

const unique = () => `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
const password = "a-perfectly-fine-passphrase";

async function newUser(role: "VIEWER" | "ANALYST" | "ADMIN" = "ANALYST") {
  const email = `user-${unique()}@example.test`;
  const result = await createUser({ email, name: "Test User", role, password }, null, null);
  if (!result.ok) throw new Error(result.reason);
  return { id: result.id, email };
}

afterAll(async () => {
  await db().$disconnect();
});

describe("accounts against PostgreSQL", () => {
  it("creates a user whose password verifies, with an argon2id hash and one audit entry", async () => {
    const { id, email } = await newUser();
    const stored = await findUserForSignIn(email.toUpperCase());
    expect(stored?.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(stored!.passwordHash, password)).toBe(true);
    expect(await verifyPassword(stored!.passwordHash, `${password}!`)).toBe(false);
    expect(await db().auditLog.count({ where: { entityId: id, action: "user.create" } })).toBe(1);
    // The hash never leaves the database through the ordinary reads.
    expect(await db().user.findUnique({ where: { id } })).not.toHaveProperty("passwordHash");
  });

  it("refuses a second user with the same e-mail and writes nothing", async () => {
    const { email } = await newUser();
    const before = await db().auditLog.count();
    const result = await createUser({ email, name: "Again", role: "VIEWER", password }, null, null);
    expect(result).toEqual({ ok: false, reason: "emailTaken" });
    expect(await db().auditLog.count()).toBe(before);
  });

  const stateOf = async (sid: string) => sessionState(await findSession(sid), Date.now());

  it("refuses a disabled user's session that was valid before", async () => {
    const admin = await newUser("ADMIN");
    const { id } = await newUser();
    const sid = await startSession(id, "127.0.0.1", "test");
    expect(await stateOf(sid)).toBe("active");
    const { version } = await db().user.findUniqueOrThrow({ where: { id } });
    const result = await updateUserAccess({ id, version, disabled: true }, admin, "127.0.0.1");
    expect(result.ok).toBe(true);
    expect(await stateOf(sid)).toBe("ended");
  });

  it("ends earlier sessions on a role change and on sign-out everywhere, not later ones", async () => {
    const admin = await newUser("ADMIN");
    const user = await newUser();
    const before = await startSession(user.id, null, null);
    const { version } = await db().user.findUniqueOrThrow({ where: { id: user.id } });
    await updateUserAccess({ id: user.id, version, role: "VIEWER" }, admin, null);
    expect(await stateOf(before)).toBe("ended");
    const after = await startSession(user.id, null, null);
    const other = await startSession(user.id, null, null);
    expect((await findSession(after))?.user.role).toBe("VIEWER");
    expect(await stateOf(after)).toBe("active");
    await endAllSessions(user, null);
    expect([await stateOf(after), await stateOf(other)]).toEqual(["ended", "ended"]);
    expect(await db().auditLog.count({ where: { entityId: user.id, action: "user.sign_out_everywhere" } })).toBe(1);
  });

  it("ends a session after 30 idle minutes and 12 hours after sign-in; signing out ends only that one", async () => {
    const user = await newUser();
    await db().user.update({ where: { id: user.id }, data: { sessionsValidAfter: new Date(Date.now() - 13 * 60 * 60 * 1000) } });
    const [idle, old, signedOut, kept] = await Promise.all([1, 2, 3, 4].map(() => startSession(user.id, null, null)));
    await db().userSession.update({ where: { id: idle }, data: { lastSeenAt: new Date(Date.now() - 31 * 60 * 1000) } });
    await db().userSession.update({ where: { id: old }, data: { createdAt: new Date(Date.now() - 12 * 60 * 60 * 1000 - 1000) } });
    await endSession(signedOut);
    expect(await Promise.all([idle, old, signedOut, kept].map(stateOf))).toEqual(["idle", "expired", "ended", "active"]);
    await Promise.all([touchSession(idle), touchSession(signedOut)]); // a late request revives neither
    expect([await stateOf(idle), await stateOf(signedOut)]).toEqual(["idle", "ended"]);
  });

  it("refuses a stale version and never removes the last active admin", async () => {
    const admin = await newUser("ADMIN");
    const other = await newUser();
    expect(await updateUserAccess({ id: other.id, version: 99, role: "ADMIN" }, admin, null)).toEqual({ ok: false, reason: "stale" });
    await db().user.updateMany({ where: { role: "ADMIN", id: { not: admin.id } }, data: { disabledAt: new Date() } });
    const actor = await newUser("ANALYST"); // any actor other than the admin itself
    const { version } = await db().user.findUniqueOrThrow({ where: { id: admin.id } });
    expect(await updateUserAccess({ id: admin.id, version, disabled: true }, actor, null)).toEqual({ ok: false, reason: "lastAdmin" });
  });
});

describe("sign-in throttling against PostgreSQL", () => {
  it("counts concurrent attempts atomically: 20 at once get 20 distinct counts", async () => {
    const key = `account:${unique()}@example.test`;
    const counts = await Promise.all(Array.from({ length: 20 }, () => reserveSignInAttempt(key)));
    expect([...counts].sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  it("starts a new window once the old one is over", async () => {
    const key = `account:${unique()}@example.test`;
    await reserveSignInAttempt(key);
    await reserveSignInAttempt(key);
    await db().signInThrottle.update({ where: { key }, data: { windowStart: new Date(Date.now() - 11 * 60 * 1000) } });
    expect(await reserveSignInAttempt(key)).toBe(1);
  });
});
