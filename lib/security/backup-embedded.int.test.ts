import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backupDatabase, restoreDatabase } from "@/lib/db/backup";
import { db } from "@/lib/db";
import { applyMigrations } from "@/lib/db/migrations";
import { createTestUser, createTrackedCommitments } from "@/lib/test/fixtures";
import { dumpTables as dump, withClient } from "@/lib/test/table-dump";
import { recordStatusUpdate } from "@/lib/updates/mutations";

// The same backup file moves between the two databases the app runs on: the PostgreSQL server's
// data is restored into an embedded database (PGlite behind pglite-socket, as `npm run demo` runs
// it), backed up from there, and restored into a fresh server database. Every table is compared
// at each step, so backup and restore are proven on both.

const server = process.env.TEST_DATABASE_URL!;
const finalName = `ft_from_embedded_${process.pid}_${Date.now()}`;
const final = Object.assign(new URL(server), { pathname: `/${finalName}` }).toString();
const dir = mkdtempSync(path.join(tmpdir(), "ft-embedded-backup-"));
const port = 55800 + (process.pid % 100);
const embedded = `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`;
let pglite: ChildProcess;

async function waitForEmbedded() {
  for (let attempt = 0; attempt < 150; attempt++) {
    try {
      return await withClient(embedded, (client) => client.query("select 1"));
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  throw new Error("the embedded database did not start");
}

beforeAll(async () => {
  const script = path.join(process.cwd(), "node_modules/@electric-sql/pglite-socket/dist/scripts/server.js");
  pglite = spawn(process.execPath, [script, `--db=${path.join(dir, "pglite")}`, `--port=${port}`, "--max-connections=4"], { stdio: "ignore" });
  await waitForEmbedded();
  await applyMigrations(embedded);
}, 120_000);

afterAll(async () => {
  pglite?.kill("SIGTERM");
  await db().$disconnect();
  await withClient(server, (client) => client.query(`DROP DATABASE IF EXISTS "${finalName}"`));
  rmSync(dir, { recursive: true, force: true });
});

describe("backup and restore across the server and the embedded database", () => {
  it("server → embedded → server keeps every row of every table", async () => {
    const analyst = await createTestUser("ANALYST");
    const { commitments: [c] } = await createTrackedCommitments({ countries: ["KZ", "TJ"] });
    const saved = await recordStatusUpdate({
      commitmentId: c.id, countries: [{ code: "TJ", version: 1 }], status: "SUBSTANTIAL", progress: 70, complianceScore: 1,
      note: "快捷通道 reopened; \"quoted\"\tand tabbed", internalNote: "internal",
      evidence: [{ url: "https://example.org/e", title: "Notice", eventDate: "2022-03-01", grade: "B" }],
    }, analyst, "203.0.113.10");
    expect(saved.ok).toBe(true);
    const original = await dump(server);

    const fromServer = path.join(dir, "server.jsonl.gz");
    const counts = await backupDatabase(server, fromServer);
    expect(await restoreDatabase(embedded, fromServer)).toEqual(counts);
    expect(await dump(embedded)).toEqual(original);

    const fromEmbedded = path.join(dir, "embedded.jsonl.gz");
    expect(await backupDatabase(embedded, fromEmbedded)).toEqual(counts);
    await withClient(server, (client) => client.query(`CREATE DATABASE "${finalName}"`));
    await applyMigrations(final);
    expect(await restoreDatabase(final, fromEmbedded)).toEqual(counts);
    expect(await dump(final)).toEqual(original);
  }, 120_000);
});
