// npm run bench:seed -- [--commitments 10000] [--updates 1000000] [--seed followthrough] [--smoke]
// Drops, recreates, migrates and fills the benchmark database ($BENCH_DATABASE_URL, default
// postgresql://postgres@127.0.0.1:5432/followthrough_bench; local, with "bench" in its name).
import { parseArgs } from "node:util";
import { benchDatabaseUrl, databaseName } from "./lib/bench-db";
import { benchPassword, sizes } from "./lib/options";
import { seedBenchDatabase } from "./seed/seed-database";
import { runMain } from "../lib/run-main";

const usage = `Usage: npm run bench:seed -- [--commitments N] [--updates N] [--seed TEXT] [--smoke]
  --smoke          ${sizes.smoke.commitments} commitments, ${sizes.smoke.updates} updates (a few seconds)
  default          ${sizes.full.commitments} commitments, ${sizes.full.updates} updates
  BENCH_DATABASE_URL  local database whose name contains "bench" (it is dropped and recreated)`;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { commitments: { type: "string" }, updates: { type: "string" }, seed: { type: "string", default: "followthrough" }, smoke: { type: "boolean", default: false }, help: { type: "boolean", default: false } },
  });
  if (values.help) {
    console.log(usage);
    return 0;
  }
  const size = values.smoke ? sizes.smoke : sizes.full;
  const commitments = Number(values.commitments ?? size.commitments);
  const updates = Number(values.updates ?? size.updates);
  if (!Number.isInteger(commitments) || commitments < 1 || commitments > 1_000_000 || !Number.isInteger(updates) || updates < 0 || updates > 50_000_000) {
    console.error(usage);
    return 1;
  }
  const url = benchDatabaseUrl();
  console.log(`Seeding ${databaseName(url)}: ${commitments} commitments, ${updates} updates (seed "${values.seed}")`);
  const started = performance.now();
  const summary = await seedBenchDatabase(url, { commitments, updates, seed: values.seed, password: benchPassword, log: console.log });
  const seconds = (performance.now() - started) / 1000;
  console.log(`Done in ${seconds.toFixed(1)} s: ${summary.trackings} tracking rows, ${summary.updates} updates, ${summary.evidence} evidence, ${summary.users} users`);
  return 0;
}

runMain(main);
