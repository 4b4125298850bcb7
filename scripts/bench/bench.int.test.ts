import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadReferenceData } from "@/lib/documents/load-source";
import { benchDatabaseUrl, siblingUrl } from "./lib/bench-db";
import { explainReports } from "./measure/reports";
import { comparePrismaToRaw, explainView } from "./measure/sql-level";
import { createRandom } from "./lib/random";
import { sizes } from "./lib/options";
import { buildCatalog } from "./seed/catalog";
import { allocateUpdates } from "./seed/history";
import { seedBenchDatabase } from "./seed/seed-database";

// Keeps the benchmark scripts from rotting: the generator in smoke size into a "bench" database on
// the test server, then the SQL-level part of the benchmark (Prisma against raw pg, EXPLAIN).
// The HTTP and Chromium parts need a production build and are run by hand (docs/benchmarks.md).

const url = benchDatabaseUrl(siblingUrl(process.env.TEST_DATABASE_URL!, "followthrough_bench_ci"));
let client: pg.Client;

beforeAll(async () => {
  await seedBenchDatabase(url, { ...sizes.smoke, seed: "ci", password: "bench-ci-password-only" });
  process.env.DATABASE_URL = url; // lib/db.ts is created lazily: from here on it reads the bench database
  client = new pg.Client({ connectionString: url });
  await client.connect();
});

afterAll(async () => {
  await client?.end();
  const holder = globalThis as { followthroughDb?: { $disconnect: () => Promise<void> } };
  await holder.followthroughDb?.$disconnect();
  const admin = new pg.Client({ connectionString: siblingUrl(url, "postgres") });
  await admin.connect();
  await admin.query('DROP DATABASE IF EXISTS "followthrough_bench_ci" WITH (FORCE)');
  await admin.end();
});

const count = async (sql: string) => Number((await client.query(sql)).rows[0].n);

describe("benchmark generator (smoke size)", () => {
  it("refuses databases that are not local or not named for benchmarks", () => {
    expect(() => benchDatabaseUrl("postgresql://postgres@db.example.org:5432/followthrough_bench")).toThrow(/this machine/);
    expect(() => benchDatabaseUrl("postgresql://postgres@127.0.0.1:5432/followthrough")).toThrow(/bench/);
  });

  it("is deterministic for a seed", () => {
    const reference = loadReferenceData(path.resolve("prisma/data/reference.yaml"));
    const plan = () => {
      const random = createRandom("same");
      const catalog = buildCatalog(random, reference, 50);
      return { codes: catalog.commitments.map((c) => `${c.id}:${c.code}:${c.strength}`), counts: [...allocateUpdates(catalog, 1_000, random)] };
    };
    expect(plan()).toEqual(plan());
  });

  it("writes the requested rows, every tracking row in the state of its latest update", async () => {
    expect(await count("SELECT count(*) AS n FROM commitment")).toBe(sizes.smoke.commitments);
    expect(await count("SELECT count(*) AS n FROM tracking")).toBe(sizes.smoke.commitments * 6);
    expect(await count("SELECT count(*) AS n FROM status_update")).toBe(sizes.smoke.updates);
    expect(await count("SELECT count(*) AS n FROM evidence")).toBeGreaterThan(0);
    const inconsistent = await count(`
      SELECT count(*) AS n FROM tracking t
      LEFT JOIN LATERAL (SELECT * FROM status_update u WHERE u.tracking_id = t.id ORDER BY u.created_at DESC, u.tracking_version DESC LIMIT 1) l ON TRUE
      WHERE (l.id IS NULL AND (t.status <> 'NOT_ASSESSED' OR t.version <> 1))
         OR (l.id IS NOT NULL AND (l.status <> t.status OR l.progress <> t.progress OR l.tracking_version <> t.version OR l.created_at <> t.last_update_at))`);
    expect(inconsistent).toBe(0);
    // Skewed activity: the busiest commitment has far more than its share of the updates.
    const busiest = await count("SELECT max(n) AS n FROM (SELECT count(*) AS n FROM status_update GROUP BY commitment_id) x");
    expect(busiest).toBeGreaterThan((10 * sizes.smoke.updates) / sizes.smoke.commitments);
  });
});

describe("benchmark, SQL level", () => {
  it("runs the table's reads through Prisma and raw pg without errors", async () => {
    const results = await comparePrismaToRaw(url, 3, 1);
    expect(results).toHaveLength(5);
    for (const result of results) {
      expect(result.errors).toBe(0);
      expect(result.prisma.n).toBe(3);
      expect(result.raw.p50).toBeGreaterThan(0);
    }
  });

  it("reads per-row details through indexes and never reads status_update whole for the table", async () => {
    const plans = await explainView(url);
    expect(plans.length).toBeGreaterThanOrEqual(10);
    for (const { plan } of plans) expect(plan.seqScans).not.toContain("status_update");
    for (const { label, plan } of plans.filter((p) => p.label.endsWith("page"))) {
      expect(plan.indexes, label).toContain("tracking_commitment_id_country_code_key");
    }
    const [asOf] = await explainReports(url);
    expect(asOf.plan.indexes).toContain("status_update_tracking_id_created_at_idx");
  });
});
