import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createUser, endAllSessions, updateUserAccess } from "@/lib/users/mutations";
import { findSessionUser, findUserForSignIn } from "./data";
import { reserveSignInAttempt } from "./mutations";
import { verifyPassword } from "./password";
import { sessionIsValid } from "./session-rules";

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

  it("refuses a disabled user's session that was valid before", async () => {
    const admin = await newUser("ADMIN");
    const { id } = await newUser();
    const signedInAt = Date.now();
    expect(sessionIsValid((await findSessionUser(id))!, signedInAt)).toBe(true);
    const { version } = await db().user.findUniqueOrThrow({ where: { id } });
    const result = await updateUserAccess({ id, version, disabled: true }, admin, "127.0.0.1");
    expect(result.ok).toBe(true);
    expect(sessionIsValid((await findSessionUser(id))!, signedInAt)).toBe(false);
  });

  it("ends earlier sessions on a role change and on sign-out everywhere", async () => {
    const admin = await newUser("ADMIN");
    const user = await newUser();
    const signedInAt = Date.now() - 1000;
    const { version } = await db().user.findUniqueOrThrow({ where: { id: user.id } });
    await updateUserAccess({ id: user.id, version, role: "VIEWER" }, admin, null);
    const changed = (await findSessionUser(user.id))!;
    expect(changed.role).toBe("VIEWER");
    expect(sessionIsValid(changed, signedInAt)).toBe(false);
    expect(sessionIsValid(changed, Date.now() + 1)).toBe(true);
    await endAllSessions(user, null);
    expect(sessionIsValid((await findSessionUser(user.id))!, signedInAt + 1000)).toBe(false);
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
