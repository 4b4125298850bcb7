import { spawn } from "node:child_process";
import http from "node:http";
import pg from "pg";
import { parseCommitmentFilter } from "@/lib/commitments/schema";
import { exportUpdateBatches, listTrackingAsOf } from "@/lib/reports/data";
import { parseReportParams } from "@/lib/reports/schema";
import { appBase } from "../lib/app";
import { captureStatements, literalSql, type Statement } from "../lib/capture";
import { explain, type PlanSummary } from "../lib/explain";
import { sampleRss } from "../lib/processes";
import { summarize, type Summary } from "../lib/stats";

// The updates CSV export (GET /api/export/commitments?format=csv&set=updates) against psql's \copy
// of the same SELECT, and the as-of status report's query through Prisma against raw pg.

export const exportPath = "/api/export/commitments?format=csv&set=updates";
export type Download = { ms: number; firstByteMs: number; bytes: number; lines: number; status: number };
export type ExportResult = { app: Download; psql: Download; rss: { startKb: number; peakKb: number } };

function download(path: string, cookie: string): Promise<Download> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    let firstByteMs = NaN;
    let bytes = 0;
    let lines = 0;
    http.get(new URL(path, appBase), { headers: { cookie } }, (response) => {
      response.on("data", (chunk: Buffer) => {
        if (bytes === 0) firstByteMs = performance.now() - start;
        bytes += chunk.length;
        for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++;
      });
      response.on("end", () => resolve({ ms: performance.now() - start, firstByteMs, bytes, lines, status: response.statusCode ?? 0 }));
      response.on("error", reject);
    }).on("error", reject);
  });
}

/** The export's SELECT over every update, without the keyset batching (the first batch, unbounded). */
export async function exportSelect(url: string): Promise<Statement> {
  const filter = parseCommitmentFilter({});
  const [first] = await captureStatements(url, async () => {
    for await (const batch of exportUpdateBatches(filter, { internal: false })) return batch;
  });
  return first;
}

function psqlCopy(url: string, select: string): Promise<Download> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    let firstByteMs = NaN;
    let bytes = 0;
    let lines = 0;
    const child = spawn("psql", [url, "-X", "-q", "-c", `\\copy (${select.replace(/\s+/g, " ")}) TO STDOUT WITH (FORMAT csv, HEADER)`], { stdio: ["ignore", "pipe", "pipe"] });
    let error = "";
    child.stdout.on("data", (chunk: Buffer) => {
      if (bytes === 0) firstByteMs = performance.now() - start;
      bytes += chunk.length;
      for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++;
    });
    child.stderr.on("data", (chunk) => (error += chunk));
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve({ ms: performance.now() - start, firstByteMs, bytes, lines, status: 0 }) : reject(new Error(`psql: ${error}`))));
  });
}

export async function measureExport(url: string, cookie: string, appPid: number): Promise<ExportResult> {
  const statement = await exportSelect(url);
  // The first batch is "... ORDER BY u.created_at, u.id LIMIT $1": the same SELECT, unbounded.
  const select = literalSql({ text: statement.text.replace(/\s+LIMIT \$1\s*$/, ""), values: statement.values.slice(0, -1) });
  const psql = await psqlCopy(url, select);
  const rss = sampleRss(appPid);
  const app = await download(exportPath, cookie);
  return { app, psql, rss: rss.stop() };
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

/** Plans of the export's first batch and of the as-of query: neither may read status_update whole. */
export async function explainReports(url: string): Promise<{ label: string; plan: PlanSummary }[]> {
  const { params } = parseReportParams({ asOf: asOfDay }, new Date(Date.UTC(2026, 10, 1)));
  const [asOf] = await captureStatements(url, () => listTrackingAsOf(params));
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  try {
    return [
      { label: "export updates: first batch", plan: await explain(pool, await exportSelect(url)) },
      { label: "as-of report: listTrackingAsOf", plan: await explain(pool, asOf) },
    ];
  } finally {
    await pool.end();
  }
}
