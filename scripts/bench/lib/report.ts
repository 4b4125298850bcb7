import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { checkGoals, ms, x, type Results } from "./goals";
import type { BrowserResult } from "../measure/browser";
import type { TableResult } from "../measure/table";
import type { LoadResult } from "./load";

// Renders a run as Markdown and writes it into its own marked section of docs/benchmarks.md, so
// that other sections of the file (and the hand-written analysis) are kept.

export type Meta = { title: string; command: string; machine: string[]; data: string[] };

const table = (head: string[], rows: (string | number)[][]) =>
  [`| ${head.join(" | ")} |`, `| ${head.map(() => "---").join(" | ")} |`, ...rows.map((r) => `| ${r.join(" | ")} |`)].join("\n");
const rate = (r: LoadResult) => `${r.perSecond.toFixed(1)}/s`;

export function renderRun(meta: Meta, r: Results): string {
  const out: string[] = [`### ${meta.title}`, "", `\`${meta.command}\``, "", ...meta.machine.map((m) => `- ${m}`), ...meta.data.map((d) => `- ${d}`), ""];
  out.push("**Goals**", "", table(["goal", "measured", "met"], checkGoals(r).map((c) => [c.goal, c.measured, c.met ? "yes" : "**no**"])), "");
  if (r.table) out.push(...renderTable(r.table));
  if (r.prismaVsRaw) {
    out.push("**listCommitments + countFacets: Prisma vs the same statements through raw pg** (in one process, interleaved)", "");
    out.push(table(["view", "Prisma p50", "Prisma p95", "raw p50", "raw p95", "p95 ratio"],
      r.prismaVsRaw.map((s) => [s.scenario, ms(s.prisma.p50), ms(s.prisma.p95), ms(s.raw.p50), ms(s.raw.p95), x(s.prisma.p95 / s.raw.p95)])), "");
  }
  if (r.export) {
    const { app, psql, psqlMs, rss } = r.export;
    out.push("**CSV export of every status update**", "");
    out.push(table(["", "time", "first byte", "first record", "MB", "lines"], [
      ["app `GET /api/export/commitments?format=csv&set=updates`", ms(app.ms), ms(app.firstByteMs), ms(app.firstRowMs), (app.bytes / 1048576).toFixed(1), app.lines],
      ["`psql \\copy (same SELECT) to stdout`", ms(psql.ms), ms(psql.firstByteMs), ms(psql.firstRowMs), (psql.bytes / 1048576).toFixed(1), psql.lines],
    ]), "", `psql: the faster of a run before the app's (${ms(psqlMs[0])}) and one after it (${ms(psqlMs[1])}).`, "", `App process tree RSS: ${(rss.startKb / 1024).toFixed(0)} MB before, peak ${(rss.peakKb / 1024).toFixed(0)} MB (growth ${((rss.peakKb - rss.startKb) / 1024).toFixed(0)} MB).`, "");
  }
  if (r.asOf) {
    const a = r.asOf;
    out.push(`**As-of status report** (\`listTrackingAsOf\`, every tracking row, ${a.rows} rows): Prisma p50 ${ms(a.prisma.p50)} / p95 ${ms(a.prisma.p95)}; raw pg p50 ${ms(a.raw.p50)} / p95 ${ms(a.raw.p95)}; ratio ${x(a.prisma.p50 / a.raw.p50)}.`, "");
  }
  if (r.saveIdle && r.saveLoaded) {
    const [idle, loaded] = [r.saveIdle, r.saveLoaded];
    out.push(`**Saving a status update** (\`recordStatusUpdate\`, 2 countries, 1 evidence): idle p50 ${ms(idle.p50)} / p95 ${ms(idle.p95)} (${idle.n} saves); while the page is under ${r.table?.concurrent.connections ?? 20}-connection load p50 ${ms(loaded.p50)} / p95 ${ms(loaded.p95)} (${loaded.n} saves, ${loaded.conflicts} conflicts, ${loaded.errors} errors).`, "");
  }
  if (r.browser) out.push(renderBrowser("Chromium", r.browser));
  if (r.browserPrevious) out.push(renderBrowser("Chromium, previous build", r.browserPrevious));
  if (r.plans && r.reportPlans) {
    out.push("**EXPLAIN (ANALYZE, BUFFERS)** of every statement (execution time inflated by EXPLAIN's timing)", "");
    const rows = [...r.plans.map((p) => [p.scenario, p.label, p.plan] as const), ...r.reportPlans.map((p) => ["reports", p.label, p.plan] as const)];
    out.push(table(["view", "statement", "ms", "buffers", "seq scans", "indexes"],
      rows.map(([scenario, label, plan]) => [scenario, label, plan.ms.toFixed(1), plan.sharedBlocks, plan.seqScans.join(", ") || "–", plan.indexes.join(", ") || "–"])), "");
  }
  return out.join("\n");
}

function renderTable(t: TableResult): string[] {
  const previous = t.concurrent.results.previous !== undefined;
  const latency = (r?: LoadResult) => (r ? [ms(r.p50), ms(r.p95)] : []);
  const out = ["**Commitments page (50 rows) at 1 connection** (response time to the last byte over loopback; baseline: the same statements through raw pg)", ""];
  out.push(table(["view", "app p50", "app p95", ...(previous ? ["previous p50", "previous p95"] : []), "baseline p50", "baseline p95", "app/baseline p95", "errors"],
    t.single.map(({ scenario, results: r }) => [scenario, ...latency(r.app), ...latency(r.previous), ...latency(r.baseline), x(r.app.p95 / r.baseline.p95),
      Object.values(r).reduce((n, result) => n + result.errors, 0)])), "");
  out.push(`**All five views mixed, ${t.concurrent.connections} connections, ${t.concurrent.results.app.seconds.toFixed(0)} s per target**`, "");
  const targets = Object.entries(t.concurrent.results) as [string, LoadResult][];
  out.push(table(["target", "requests", "p50", "p95", "throughput", "errors", "KB/response"], targets.map(([name, r]) =>
    [name, r.requests, ms(r.p50), ms(r.p95), rate(r), r.errors, (r.bytes / Math.max(1, r.requests) / 1024).toFixed(0)])), "");
  const { app, baseline } = t.concurrent.results;
  out.push(`Ratios app/baseline: p95 ${x(app.p95 / baseline.p95)}, throughput ${x(app.perSecond / baseline.perSecond)}.`, "");
  return out;
}

function renderBrowser(title: string, b: BrowserResult): string {
  return `**${title}** (${b.rows} rows shown): LCP cold ${ms(b.lcpCold)}, warm p50 ${ms(b.lcp.p50)} / max ${ms(b.lcp.max)}; CLS on load ${b.clsLoad.toFixed(3)} (after the filter changes ${b.clsAfterFilters.toFixed(3)}); filter change → new rows painted: first ${ms(b.firstFilterToPaint)}, then p50 ${ms(b.filterToPaint.p50)} / p95 ${ms(b.filterToPaint.p95)} (${b.filterToPaint.n} changes); fresh facet counts painted p50 ${ms(b.filterToCounts.p50)} / p95 ${ms(b.filterToCounts.p95)}; the RSC response's first byte p50 ${ms(b.filterFirstByte.p50)}, last byte p50 ${ms(b.filterRequest.p50)} / p95 ${ms(b.filterRequest.p95)}.\n`;
}

/** Replaces (or appends) the section between `<!-- bench:NAME -->` and `<!-- /bench:NAME -->`. */
export function writeSection(file: string, name: string, markdown: string): void {
  const open = `<!-- bench:${name} -->`;
  const close = `<!-- /bench:${name} -->`;
  const current = existsSync(file) ? readFileSync(file, "utf8") : "# Benchmarks\n";
  const block = `${open}\n${markdown.trim()}\n${close}`;
  const start = current.indexOf(open);
  const end = current.indexOf(close);
  const next = start !== -1 && end > start ? current.slice(0, start) + block + current.slice(end + close.length) : `${current.trimEnd()}\n\n${block}\n`;
  writeFileSync(file, next);
}
