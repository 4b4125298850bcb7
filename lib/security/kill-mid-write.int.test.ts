import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { stringify } from "csv-stringify/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyTrackingHistory } from "@/lib/audit/verify";
import { db } from "@/lib/db";
import { createTestUser, createTrackedCommitments, unique } from "@/lib/test/fixtures";
import { bulkUpdateStatus } from "@/lib/updates/mutations";
import type { ChildJob } from "./write-in-child";

// A large import and a large bulk change run in a child process, which is killed with SIGKILL
// once its transaction has written tracking rows, status updates and audit entries but not
// committed. PostgreSQL must then hold exactly what it held before: nothing half-applied.

const countries = ["CN", "KZ", "KG", "TJ", "TM", "UZ"] as const;
const dir = mkdtempSync(path.join(tmpdir(), "ft-kill-"));

type User = Awaited<ReturnType<typeof createTestUser>>;
let analyst: User;
let admin: User;
let commitmentIds: string[];
let codes: string[];
let documentSlug: string;

beforeAll(async () => {
  [analyst, admin] = [await createTestUser("ANALYST"), await createTestUser("ADMIN")];
  const fixture = await createTrackedCommitments({ count: 200, countries });
  commitmentIds = fixture.commitments.map((c) => c.id);
  codes = fixture.commitments.map((c) => c.code);
  documentSlug = (await db().document.findUniqueOrThrow({ where: { id: fixture.documentId }, select: { slug: true } })).slug;
}, 120_000);
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await db().$disconnect();
});

/** Everything the writes could touch, as PostgreSQL renders it. */
async function state() {
  const [row] = await db().$queryRaw<{ tracking: string; updates: bigint; evidence: bigint; audit: bigint }[]>`
    SELECT (SELECT string_agg(to_jsonb(t)::text, E'\n' ORDER BY t.id) FROM tracking t WHERE t.commitment_id = ANY(${commitmentIds})) AS tracking,
           (SELECT count(*) FROM status_update WHERE commitment_id = ANY(${commitmentIds})) AS updates,
           (SELECT count(*) FROM evidence) AS evidence,
           (SELECT count(*) FROM audit_log) AS audit`;
  return row;
}

type Backend = { writing: boolean; query: string };
const backends = (name: string) =>
  db().$queryRaw<Backend[]>`
    SELECT backend_xid IS NOT NULL AS writing, query FROM pg_stat_activity WHERE application_name = ${name} AND xact_start IS NOT NULL`;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Starts the job in a child, waits until its open transaction has written audit entries (so the
 * tracking rows and status updates before them are written too), then kills it with SIGKILL.
 */
async function killMidWrite(job: ChildJob): Promise<Backend> {
  const name = `ft-kill-${unique().toLowerCase()}`;
  const url = new URL(process.env.DATABASE_URL!);
  url.searchParams.set("application_name", name);
  // tsx as a loader in this very process: its CLI would run the script in a grandchild that outlives the kill.
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "lib/security/write-in-child.ts", JSON.stringify(job)], {
    cwd: process.cwd(),
    env: { ...process.env, DATABASE_URL: url.toString(), PG_POOL_MAX: "2" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  const exited = new Promise<NodeJS.Signals | number | null>((resolve) => child.on("exit", (code, signal) => resolve(signal ?? code)));
  let caught: Backend | undefined;
  let seen = 0;
  const deadline = Date.now() + 60_000;
  while (!caught && child.exitCode === null && Date.now() < deadline) {
    const [backend] = await backends(name);
    // A few polls past the first audit insert, so that the batch is well under way.
    if (backend?.writing && /audit_log/.test(backend.query) && ++seen >= 3) caught = backend;
    else await pause(20);
  }
  if (!caught) {
    child.kill("SIGKILL");
    throw new Error(`the child was not caught mid-write (exit ${child.exitCode}): ${output}`);
  }
  child.kill("SIGKILL");
  expect(await exited).toBe("SIGKILL");
  // PostgreSQL rolls the transaction back when it sees the connection gone.
  for (let i = 0; i < 250 && (await backends(name)).length > 0; i++) await pause(20);
  expect(await backends(name)).toEqual([]);
  return caught;
}

async function expectReplayClean() {
  const found: unknown[] = [];
  await verifyTrackingHistory({ documentSlugs: [documentSlug] }, (difference) => found.push(difference));
  expect(found).toEqual([]);
}

describe("a process killed in the middle of a large write", () => {
  it("leaves no trace of an import of 1,200 rows", async () => {
    const before = await state();
    const rows = codes.flatMap((code) => countries.map((country) => [code, country, "IN_PROGRESS", "40", "0", "1", "Killed import"]));
    const csvFile = path.join(dir, "updates.csv");
    writeFileSync(csvFile, stringify([["code", "country", "status", "progress", "compliance_score", "version", "note"], ...rows]));
    await killMidWrite({ kind: "import", csvFile, actor: analyst });
    expect(await state()).toEqual(before);
    await expectReplayClean();
  }, 120_000);

  it("leaves no trace of a bulk change of 1,200 rows, and their locks are gone", async () => {
    const before = await state();
    await killMidWrite({ kind: "bulk", actor: admin, input: { commitmentIds, countries: [...countries], status: "SUBSTANTIAL", ownerId: analyst.id, note: "Killed bulk change" } });
    expect(await state()).toEqual(before);
    await expectReplayClean();
    // The rows the killed transaction had locked take a new change at once.
    const result = await bulkUpdateStatus({ commitmentIds: commitmentIds.slice(0, 2), countries: ["KZ"], status: "COMPLETED", ownerId: undefined, note: null }, admin, null);
    expect(result).toMatchObject({ ok: true, changed: 2 });
  }, 120_000);
});
