import { spawn } from "node:child_process";
import http from "node:http";
import pg from "pg";
import { parseCommitmentFilter } from "@/lib/commitments/schema";
import { listTrackingAsOf } from "@/lib/reports/data";
import { updateCsvSelect } from "@/lib/reports/query";
import { parseReportParams } from "@/lib/reports/schema";
import { appBase } from "../lib/app";
import { captureStatements, literalSql, type Statement } from "../lib/capture";
import { explain, type PlanSummary } from "../lib/explain";
import { sampleRss } from "../lib/processes";
import { summarize, type Summary } from "../lib/stats";

// The updates CSV export (GET /api/export/commitments?format=csv&set=updates) against psql's \copy
// of the same SELECT, and the as-of status report's query through Prisma against raw pg.

export const exportPath = "/api/export/commitments?format=csv&set=updates";
/** Times from the request: to the first byte, to the end of the first record (the header is line 1), to the end. */
export type Download = { ms: number; firstByteMs: number; firstRowMs: number; bytes: number; lines: number; status: number };
/** `psql` is the faster of two runs, one before the app's download and one after (`psqlMs`), so that neither has the warmer cache. */
export type ExportResult = { app: Download; psql: Download; psqlMs: number[]; rss: { startKb: number; peakKb: number } };

function downloadCounter() {
  const start = performance.now();
  const counted = { firstByteMs: NaN, firstRowMs: NaN, bytes: 0, lines: 0 };
  return {
    onData(chunk: Buffer) {
      if (counted.bytes === 0) counted.firstByteMs = performance.now() - start;
      counted.bytes += chunk.length;
      for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) {
        if (++counted.lines === 2) counted.firstRowMs = performance.now() - start;
      }
    },
    done: (status: number): Download => ({ ms: performance.now() - start, ...counted, status }),
  };
}

function download(path: string, cookie: string): Promise<Download> {
  return new Promise((resolve, reject) => {
    const counter = downloadCounter();
    http.get(new URL(path, appBase), { headers: { cookie } }, (response) => {
      response.on("data", counter.onData);
      response.on("end", () => resolve(counter.done(response.statusCode ?? 0)));
      response.on("error", reject);
    }).on("error", reject);
  });
}

/** The SELECT whose rows the app's COPY writes as the CSV of every update (no filter, so no parameters). */
export function exportSelect(): Statement {
  const { text, values } = updateCsvSelect(parseCommitmentFilter({}), { internal: false });
  return { text, values };
}

function psqlCopy(url: string, select: string): Promise<Download> {
  return new Promise((resolve, reject) => {
    const counter = downloadCounter();
    const child = spawn("psql", [url, "-X", "-q", "-c", `\\copy (${select.replace(/\s+/g, " ")}) TO STDOUT WITH (FORMAT csv, HEADER)`], { stdio: ["ignore", "pipe", "pipe"] });
    let error = "";
    child.stdout.on("data", counter.onData);
    child.stderr.on("data", (chunk) => (error += chunk));
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve(counter.done(0)) : reject(new Error(`psql: ${error}`))));
  });
}

export async function measureExport(url: string, cookie: string, appPid: number): Promise<ExportResult> {
  const select = literalSql(exportSelect());
  const before = await psqlCopy(url, select);
  const rss = sampleRss(appPid);
  const app = await download(exportPath, cookie);
  const memory = rss.stop();
  if (app.status !== 200) throw new Error(`the app answered the export with HTTP ${app.status}`);
  const after = await psqlCopy(url, select);
  return { app, psql: before.ms <= after.ms ? before : after, psqlMs: [before.ms, after.ms], rss: memory };
}

export type AsOfResult = { rows: number; prisma: Summary; raw: Summary };

export const asOfDay = "2026-06-30";

export async function measureAsOf(url: string, runs: number): Promise<AsOfResult> {
  const { params } = parseReportParams({ asOf: asOfDay }, new Date(Date.UTC(2026, 10, 1)));
  const [statement] = await captureStatements(url, () => listTrackingAsOf(params));
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  const prisma: number[] = [];
  const raw: number[] = [];
  let rows = 0;
  try {
    for (let i = 0; i < runs + 1; i++) {
      let start = performance.now();
      rows = (await listTrackingAsOf(params)).length;
      if (i > 0) prisma.push(performance.now() - start);
      start = performance.now();
      await pool.query(statement.text, statement.values);
      if (i > 0) raw.push(performance.now() - start);
    }
  } finally {
    await pool.end();
  }
  return { rows, prisma: summarize(prisma), raw: summarize(raw) };
}

/** The plan of the as-of query, which may not read status_update whole (the full export must, so it is left out). */
export async function explainReports(url: string): Promise<{ label: string; plan: PlanSummary }[]> {
  const { params } = parseReportParams({ asOf: asOfDay }, new Date(Date.UTC(2026, 10, 1)));
  const [asOf] = await captureStatements(url, () => listTrackingAsOf(params));
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  try {
    return [{ label: "as-of report: listTrackingAsOf", plan: await explain(pool, asOf) }];
  } finally {
    await pool.end();
  }
}
