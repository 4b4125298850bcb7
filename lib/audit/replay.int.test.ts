import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { stringify } from "csv-stringify/sync";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { applyImport } from "@/lib/imports/mutations";
import { buildPreview } from "@/lib/imports/preview";
import { createTestUser, createTrackedCommitments, type TrackedCommitment } from "@/lib/test/fixtures";
import { statuses } from "@/lib/tracking/status";
import { bulkUpdateStatus, recordStatusUpdate, setTrackingOwner } from "@/lib/updates/mutations";
import { bulkUpdateSchema, setOwnerSchema, statusUpdateSchema } from "@/lib/updates/schema";
import type { ReplayDifference } from "./replay";
import { verifyTrackingHistory } from "./verify";

// 500 random changes through the real mutations (the update form for one or several countries,
// bulk status/owner changes, owner assignment, imports), a few at a time concurrently and some
// from stale versions, then the tracking rows are rebuilt from the audit log alone. Seeded:
// REPLAY_SEED=<n> replays another sequence.

const seed = Number(process.env.REPLAY_SEED ?? 20200716);
const changes = 500;
const countries = ["KZ", "UZ", "TJ"] as const;

type User = Awaited<ReturnType<typeof createTestUser>>;
let actors: User[];
let owners: User[];
let commitments: TrackedCommitment[];
let documentSlug: string;
let trackingIds: string[];

beforeAll(async () => {
  const [analyst, other, admin] = [await createTestUser("ANALYST"), await createTestUser("ANALYST"), await createTestUser("ADMIN")];
  actors = [analyst, other, admin];
  owners = [analyst, other, admin];
  const fixture = await createTrackedCommitments({ count: 6, countries });
  commitments = fixture.commitments;
  documentSlug = (await db().document.findUniqueOrThrow({ where: { id: fixture.documentId }, select: { slug: true } })).slug;
  trackingIds = commitments.flatMap((c) => Object.values(c.tracking).map((t) => t.id));
});
afterAll(async () => {
  await db().$disconnect();
});

// ---- The changes -------------------------------------------------------------------------------

const subsetOf = <T,>(items: readonly T[]) => fc.subarray([...items], { minLength: 1 });
const index = (length: number) => fc.nat({ max: length - 1 });
const progress = fc.oneof(fc.constant(""), fc.integer({ min: 0, max: 100 }).map(String));
const score = fc.constantFrom("", "-1", "0", "1");
const note = fc.constantFrom("", "Ministers met.", "Working group report published.");
/** One change in five is sent from a version that has moved on. */
const stale = fc.integer({ min: 0, max: 4 }).map((n) => n === 0);

const change = fc.oneof(
  fc.record({
    kind: fc.constant("update" as const), actor: index(3), commitment: index(6), countries: subsetOf(countries), status: fc.constantFrom(...statuses),
    progress, score, note, evidence: fc.boolean(), stale,
  }),
  fc.record({
    kind: fc.constant("bulk" as const), actor: index(3), commitments: fc.subarray([0, 1, 2, 3, 4, 5], { minLength: 1 }), countries: subsetOf(countries),
    status: fc.option(fc.constantFrom(...statuses), { nil: undefined }), owner: fc.option(fc.option(index(3), { nil: null }), { nil: undefined }), note,
  }),
  fc.record({ kind: fc.constant("owner" as const), commitment: index(6), country: fc.constantFrom(...countries), owner: fc.option(index(3), { nil: null }), stale }),
  fc.record({
    kind: fc.constant("import" as const), actor: index(2),
    rows: fc.uniqueArray(
      fc.record({ commitment: index(6), country: fc.constantFrom(...countries), status: fc.constantFrom(...statuses), progress, score, note, stale }),
      { minLength: 1, maxLength: 8, selector: (row) => `${row.commitment}:${row.country}` },
    ),
  }),
);
type Change = typeof change extends fc.Arbitrary<infer T> ? T : never;

async function versionsOf(commitmentId: string) {
  const rows = await db().tracking.findMany({ where: { commitmentId }, select: { id: true, countryCode: true, version: true } });
  return new Map(rows.map((row) => [row.countryCode, row]));
}
const seen = (version: number, stale: boolean) => (stale && version > 1 ? version - 1 : version);

/** Runs one change as its server action would; returns how many tracking rows it changed. */
async function run(c: Change): Promise<number> {
  switch (c.kind) {
    case "update": {
      const commitment = commitments[c.commitment];
      const current = await versionsOf(commitment.id);
      const versions = Object.fromEntries(c.countries.map((code, i) => [code, seen(current.get(code)!.version, c.stale && i === 0)]));
      const evidence = c.evidence ? { "evidence.0.url": "https://example.org/minutes", "evidence.0.title": "Minutes", "evidence.0.eventDate": "2021-05-01", "evidence.0.grade": "B" } : {};
      const input = statusUpdateSchema.parse({
        commitmentId: commitment.id, countries: c.countries, versions: JSON.stringify(versions), status: c.status, progress: c.progress, complianceScore: c.score, note: c.note, ...evidence,
      });
      const result = await recordStatusUpdate(input, actors[c.actor], null);
      return result.ok ? c.countries.length : 0;
    }
    case "bulk": {
      if (c.status === undefined && c.owner === undefined) return 0;
      const input = bulkUpdateSchema.parse({
        commitmentIds: c.commitments.map((i) => commitments[i].id), countries: c.countries, status: c.status ?? "",
        ownerId: c.owner === undefined ? "" : c.owner === null ? "none" : owners[c.owner].id, note: c.note,
      });
      const result = await bulkUpdateStatus(input, actors[c.actor], null);
      return result.ok ? result.changed : 0;
    }
    case "owner": {
      const row = (await versionsOf(commitments[c.commitment].id)).get(c.country)!;
      const input = setOwnerSchema.parse({ trackingId: row.id, version: String(seen(row.version, c.stale)), ownerId: c.owner === null ? "" : owners[c.owner].id });
      const result = await setTrackingOwner(input, actors[2], null);
      return result.ok ? result.changed : 0;
    }
    case "import": {
      const lines = [];
      for (const row of c.rows) {
        const commitment = commitments[row.commitment];
        const version = (await versionsOf(commitment.id)).get(row.country)!.version;
        lines.push([commitment.code, row.country, row.status, row.progress, row.score, seen(version, row.stale), row.note]);
      }
      const csv = stringify([["code", "country", "status", "progress", "compliance_score", "version", "note"], ...lines]);
      const preview = await buildPreview({ name: "updates.csv", bytes: Buffer.from(csv) });
      if (!preview.ok) throw new Error(`import refused: ${preview.error}`);
      // As "apply the valid rows only": rows refused in the preview (stale) are left out.
      if (preview.changes.length === 0) return 0;
      const result = await applyImport(preview.changes, actors[c.actor], null, { name: "updates.csv", hash: "0".repeat(64), rows: preview.rows.length });
      return result.ok ? result.applied : 0;
    }
  }
}

async function replay() {
  const found: ReplayDifference[] = [];
  const summary = await verifyTrackingHistory({ documentSlugs: [documentSlug] }, (difference) => found.push(difference));
  return { found, summary };
}

const tsx = createRequire(import.meta.url).resolve("tsx/cli");
function auditVerifyCli() {
  const script = path.join(process.cwd(), "scripts/audit-verify.ts");
  return spawnSync(process.execPath, [tsx, "--conditions=react-server", script, "--document", documentSlug], { encoding: "utf8", env: { ...process.env } });
}

describe("audit replay", () => {
  it(`rebuilds every tracking row exactly from the audit log after ${changes} random changes`, async () => {
    const [sequence] = fc.sample(fc.array(fc.tuple(change, fc.integer({ min: 1, max: 4 })), { minLength: changes, maxLength: changes }), { seed, numRuns: 1 });
    let changedRows = 0;
    let succeeded = 0;
    // Changes start in groups of one to four at once, as analysts working side by side would.
    for (let i = 0; i < sequence.length; ) {
      const group = sequence.slice(i, i + sequence[i][1]).map(([c]) => c);
      i += group.length;
      for (const changed of await Promise.all(group.map(run))) {
        changedRows += changed;
        if (changed > 0) succeeded++;
      }
    }
    expect(succeeded, `seed ${seed}`).toBeGreaterThan(changes / 2);
    expect(await db().auditLog.count({ where: { entityType: "tracking", entityId: { in: trackingIds } } })).toBe(changedRows);

    const { found, summary } = await replay();
    expect(found, `seed ${seed}`).toEqual([]);
    expect(summary).toEqual({ rows: trackingIds.length, entries: changedRows, differences: 0 });
  }, 300_000);

  it("names a change made behind the audit log's back, and the CLI exits 1 on it", async () => {
    const clean = auditVerifyCli();
    expect(clean.stdout).toContain("the history accounts for every row");
    expect(clean.status).toBe(0);

    const [target] = trackingIds;
    const before = await db().tracking.findUniqueOrThrow({ where: { id: target } });
    await db().$executeRaw`UPDATE tracking SET progress = ${(before.progress + 7) % 101} WHERE id = ${target}`;
    expect((await replay()).found).toEqual([{ kind: "differs", trackingId: target, field: "progress", replayed: before.progress, stored: (before.progress + 7) % 101 }]);

    // A later audited change does not hide it: its `before` starts from the tampered value.
    const commitment = commitments.find((c) => Object.values(c.tracking).some((t) => t.id === target))!;
    const country = Object.entries(commitment.tracking).find(([, t]) => t.id === target)![0];
    const input = statusUpdateSchema.parse({ commitmentId: commitment.id, countries: country, versions: JSON.stringify({ [country]: before.version }), status: "IN_PROGRESS", progress: "50" });
    expect((await recordStatusUpdate(input, actors[0], null)).ok).toBe(true);
    expect((await replay()).found).toEqual([{ kind: "gap", trackingId: target, auditId: expect.any(String), field: "progress", replayed: before.progress, recorded: (before.progress + 7) % 101 }]);

    const dirty = auditVerifyCli();
    expect(dirty.stdout).toContain(`tracking ${target}: audit entry`);
    expect(dirty.stdout).toContain("1 difference.");
    expect(dirty.status).toBe(1);
  }, 120_000);
});
