import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { writeAudit } from "./mutations";

afterAll(async () => {
  await db().$disconnect();
});

describe("audit log", () => {
  it("is append-only in the database: UPDATE, DELETE and TRUNCATE are refused", async () => {
    const entityId = `probe-${Date.now()}`;
    await db().$transaction((tx) => writeAudit(tx, { actor: null, action: "probe", entityType: "test", entityId, after: { a: 1 } }));
    const row = await db().auditLog.findFirstOrThrow({ where: { entityId } });
    await expect(db().$executeRaw`UPDATE audit_log SET action = 'tampered' WHERE id = ${row.id}`).rejects.toThrow(/append-only/);
    await expect(db().$executeRaw`DELETE FROM audit_log WHERE id = ${row.id}`).rejects.toThrow(/append-only/);
    await expect(db().$executeRawUnsafe("TRUNCATE audit_log")).rejects.toThrow(/append-only/);
    expect((await db().auditLog.findUniqueOrThrow({ where: { id: row.id } })).action).toBe("probe");
  });

  it("is written in the caller's transaction: a rolled-back change leaves no entry", async () => {
    const entityId = `rollback-${Date.now()}`;
    await expect(
      db().$transaction(async (tx) => {
        await writeAudit(tx, { actor: null, action: "probe", entityType: "test", entityId });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await db().auditLog.count({ where: { entityId } })).toBe(0);
  });
});
