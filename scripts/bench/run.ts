// npm run bench -- [--smoke] [--build] [--previous-dist DIR] [--section NAME] [--no-write] [--only PARTS]
// Measures the production build (.next-bench, built when missing or with --build) on the benchmark
// database seeded by `npm run bench:seed`, against raw-pg baselines in the same run (and, with
// --previous-dist, a build of the previous code taking turns with it), and writes the figures into
// docs/benchmarks.md (section "smoke" or "full", or --section NAME).
import { execFileSync } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { appBase, launchBrowser, previousBase, previousPort, signIn, startApp, startBaseline } from "./lib/app";
import { benchDatabaseUrl, databaseName } from "./lib/bench-db";
import { checkGoals, type Results } from "./lib/goals";
import { runLoad } from "./lib/load";
import { benchPassword } from "./lib/options";
import { buildApp, hasBuild, root, type Child } from "./lib/processes";
import { renderRun, writeSection } from "./lib/report";
import { scenarios } from "./lib/scenarios";
import { measureBrowser } from "./measure/browser";
import { explainReports, measureAsOf, measureExport } from "./measure/reports";
import { measureSaves } from "./measure/save";
import { comparePrismaToRaw, explainView } from "./measure/sql-level";
import { measureTable } from "./measure/table";
import { benchAdminEmail } from "./seed/catalog";
import { runMain } from "../lib/run-main";

const parts = ["table", "sql", "plans", "export", "asof", "save", "browser"] as const;
const sleep = (seconds: number) => new Promise((resolve) => setTimeout(resolve, seconds * 1000));

async function describeData(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const count = async (table: string) => Number((await client.query(`SELECT count(*) AS n FROM ${table}`)).rows[0].n);
    const [commitments, tracking, updates, evidence] = [await count("commitment"), await count("tracking"), await count("status_update"), await count("evidence")];
    const version = (await client.query("SHOW server_version")).rows[0].server_version;
    if (commitments === 0) throw new Error("The benchmark database is empty: run `npm run bench:seed` first.");
    return [`data: ${databaseName(url)} on PostgreSQL ${version}: ${commitments} commitments, ${tracking} tracking rows, ${updates} status updates, ${evidence} evidence`];
  } finally {
    await client.end();
  }
}

async function benchActor(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string }>("SELECT id FROM app_user WHERE email = $1", [benchAdminEmail]);
    return { id: rows[0].id, email: benchAdminEmail };
  } finally {
    await client.end();
  }
}

function describeMachine(): string[] {
  const commit = execFileSync("git", ["log", "-1", "--format=%h"], { cwd: root, encoding: "utf8" }).trim();
  return [
    `machine: ${os.cpus().length} cores (nproc), ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}; load average at start ${os.loadavg().map((l) => l.toFixed(2)).join(" ")}`,
    `date: ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC; code: ${commit} plus the working tree`,
  ];
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: {
    smoke: { type: "boolean", default: false }, build: { type: "boolean", default: false }, section: { type: "string" }, "previous-dist": { type: "string" },
    "no-write": { type: "boolean", default: false }, only: { type: "string" }, help: { type: "boolean", default: false } } });
  if (values.help) {
    console.log("Usage: npm run bench -- [--smoke] [--build] [--previous-dist DIR] [--section NAME] [--no-write] [--only " + parts.join(",") + "]");
    console.log("  --previous-dist DIR  also measure the page and Chromium figures of a build of the previous code in DIR");
    return 0;
  }
  const only = new Set(values.only ? values.only.split(",") : parts);
  const smoke = values.smoke;
  const url = benchDatabaseUrl();
  process.env.DATABASE_URL = url; // the in-process Prisma reads (lib/db.ts) go to the benchmark database
  const machine = describeMachine();
  const data = await describeData(url);
  if (values.build || !hasBuild()) buildApp();
  const children: Child[] = [];
  const browser = await launchBrowser();
  const results: Results = {};
  try {
    const app = await startApp(url);
    children.push(app, await startBaseline(url, benchAdminEmail));
    const previous = values["previous-dist"];
    if (previous) children.push(await startApp(url, { port: previousPort, distDir: previous }));
    const session = await signIn(browser, benchAdminEmail, benchPassword);
    const load = smoke ? { requests: 8, seconds: 3, connections: 20 } : { requests: 30, seconds: 10, connections: 20 };
    const step = (part: string) => only.has(part) && (console.log(`[bench] ${part} ...`), true);
    if (step("table")) results.table = await measureTable(session.cookieHeader, load, Boolean(previous));
    if (step("sql")) results.prismaVsRaw = await comparePrismaToRaw(url, smoke ? 5 : 60);
    if (step("plans")) [results.plans, results.reportPlans] = [await explainView(url), await explainReports(url)];
    if (step("export")) results.export = await measureExport(url, session.cookieHeader, app.pid);
    if (step("asof")) results.asOf = await measureAsOf(url, smoke ? 2 : 5);
    if (step("save")) {
      const actor = await benchActor(url);
      results.saveIdle = await measureSaves(url, actor, sleep(smoke ? 1 : 6));
      const pageLoad = runLoad({ base: appBase, headers: { cookie: session.cookieHeader }, paths: scenarios.map((s) => `/commitments?${s.query}`), connections: load.connections, seconds: smoke ? 2 : 10 });
      results.saveLoaded = await measureSaves(url, actor, pageLoad);
      await pageLoad;
    }
    if (step("browser")) {
      results.browser = await measureBrowser(browser, session, smoke ? 2 : 5);
      if (previous) results.browserPrevious = await measureBrowser(browser, session, smoke ? 2 : 5, previousBase);
    }
  } finally {
    await browser.close();
    for (const child of children.reverse()) await child.stop();
  }
  machine.push(`load average at end ${os.loadavg().map((l) => l.toFixed(2)).join(" ")}`);
  const args = process.argv.slice(2).filter((arg) => arg !== "--build");
  const command = `npm run bench${args.length ? ` -- ${args.join(" ")}` : ""}`;
  const title = smoke ? "Smoke run (it proves the pipeline runs; the goals are for the full size)" : "Full run";
  const markdown = renderRun({ title, command, machine, data }, results);
  console.log(`\n${markdown}\n`);
  if (!values["no-write"]) writeSection(path.join(root, "docs/benchmarks.md"), values.section ?? (smoke ? "smoke" : "full"), markdown);
  const unmet = checkGoals(results).filter((c) => !c.met);
  console.log(unmet.length ? `Goals not met: ${unmet.map((c) => c.goal).join("; ")}` : "Every goal met.");
  return 0;
}

runMain(main);
