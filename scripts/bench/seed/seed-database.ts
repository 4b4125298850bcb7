import path from "node:path";
import pg from "pg";
import { hashPassword } from "@/lib/auth/password";
import { applyMigrations } from "@/lib/db/migrations";
import { loadReferenceData } from "@/lib/documents/load-source";
import { recreateDatabase } from "../lib/bench-db";
import { createRandom } from "../lib/random";
import { buildCatalog } from "./catalog";
import { allocateUpdates } from "./history";
import { applyFinalStates, insertCatalog, insertHistory } from "./insert-rows";

export type SeedOptions = { commitments: number; updates: number; seed: string; password: string; log?: (line: string) => void };
export type SeedSummary = { commitments: number; trackings: number; updates: number; evidence: number; users: number; seconds: Record<string, number> };

const root = path.resolve(import.meta.dirname, "../../..");

/** Recreates the database at `url`, migrates it and fills it; the same seed gives the same rows. */
export async function seedBenchDatabase(url: string, options: SeedOptions): Promise<SeedSummary> {
  const log = options.log ?? (() => {});
  const seconds: Record<string, number> = {};
  let mark = performance.now();
  const lap = (name: string) => {
    seconds[name] = (performance.now() - mark) / 1000;
    mark = performance.now();
    log(`  ${name}: ${seconds[name].toFixed(1)} s`);
  };
  await recreateDatabase(url);
  await applyMigrations(url);
  lap("create + migrate");

  const random = createRandom(options.seed);
  const reference = loadReferenceData(path.join(root, "prisma/data/reference.yaml"));
  const catalog = buildCatalog(random, reference, options.commitments);
  const pool = new pg.Pool({ connectionString: url, max: 3 });
  try {
    await insertCatalog(pool, catalog, reference, await hashPassword(options.password));
    lap("documents, commitments, tracking");
    const authors = catalog.users.filter((u) => u.role !== "VIEWER").map((u) => u.id);
    const counts = allocateUpdates(catalog, options.updates, random);
    const { states, evidence } = await insertHistory(pool, catalog.commitments.flatMap((c) => c.trackings), counts, authors, random);
    lap("status updates + evidence");
    await applyFinalStates(pool, states);
    lap("tracking = latest update");
    await pool.query("VACUUM (ANALYZE)");
    lap("vacuum analyze");
    return { commitments: catalog.commitments.length, trackings: states.length, updates: options.updates, evidence, users: catalog.users.length, seconds };
  } finally {
    await pool.end();
  }
}
