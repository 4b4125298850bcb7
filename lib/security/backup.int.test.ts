import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { backupDatabase, restoreDatabase } from "@/lib/db/backup";
import { db } from "@/lib/db";
import { applyMigrations } from "@/lib/db/migrations";
import { createTestUser, createTrackedCommitments } from "@/lib/test/fixtures";
import { dumpTables as dump, withClient } from "@/lib/test/table-dump";
import { recordStatusUpdate } from "@/lib/updates/mutations";

// Back up the integration database (seeded here), restore into a fresh, migrated database on the
// same server, and compare every table row for row.

const source = process.env.TEST_DATABASE_URL!;
const targetName = `ft_restore_${process.pid}_${Date.now()}`;
const target = Object.assign(new URL(source), { pathname: `/${targetName}` }).toString();
const dir = mkdtempSync(path.join(tmpdir(), "ft-backup-"));

afterAll(async () => {
  await db().$disconnect();
  await withClient(source, (client) => client.query(`DROP DATABASE IF EXISTS "${targetName}"`));
  rmSync(dir, { recursive: true, force: true });
});

describe("backup and restore", () => {
  it("restores every row of every table into a fresh database", async () => {
    const analyst = await createTestUser("ANALYST");
    const { commitments: [c] } = await createTrackedCommitments({ countries: ["KZ", "UZ"] });
    const saved = await recordStatusUpdate({
      commitmentId: c.id, countries: [{ code: "KZ", version: 1 }], status: "IN_PROGRESS", progress: 30, complianceScore: 0,
      note: "引号 \"quotes\", tabs\t and newlines\n", internalNote: null,
      evidence: [{ url: "https://example.org/r", title: "Report", eventDate: "2021-05-01", grade: "A" }],
    }, analyst, "203.0.113.9");
    expect(saved.ok).toBe(true);

    const file = path.join(dir, "backup.jsonl.gz");
    const counts = await backupDatabase(source, file);
    expect(counts.audit_log).toBeGreaterThan(0);

    await withClient(source, (client) => client.query(`CREATE DATABASE "${targetName}"`));
    await applyMigrations(target);
    const restored = await restoreDatabase(target, file);
    expect(restored).toEqual(counts);
    expect(await dump(target)).toEqual(await dump(source));

    // New audit rows continue after the restored ones, and a second restore is refused.
    await withClient(target, async (client) => {
      const { rows } = await client.query<{ ok: boolean }>(
        `SELECT nextval(pg_get_serial_sequence('audit_log', 'id')) > (SELECT max(id) FROM audit_log) AS ok`,
      );
      expect(rows[0].ok).toBe(true);
    });
    await expect(restoreDatabase(target, file)).rejects.toThrow(/not empty/);
  });
});
