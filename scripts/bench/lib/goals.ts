import type { BrowserResult } from "../measure/browser";
import type { ExportResult, AsOfResult } from "../measure/reports";
import type { SaveResult } from "../measure/save";
import type { PrismaVsRaw, StatementPlan } from "../measure/sql-level";
import type { TableResult } from "../measure/table";

// Every figure of a run, and each goal of issue 7 checked against it.

export type Results = {
  table?: TableResult;
  prismaVsRaw?: PrismaVsRaw[];
  plans?: StatementPlan[];
  reportPlans?: { label: string; plan: StatementPlan["plan"] }[];
  export?: ExportResult;
  asOf?: AsOfResult;
  saveIdle?: SaveResult;
  saveLoaded?: SaveResult;
  browser?: BrowserResult;
  browserPrevious?: BrowserResult;
};

export type Check = { goal: string; measured: string; met: boolean };

const x = (ratio: number) => `${ratio.toFixed(2)}×`;
const ms = (value: number) => `${value.toFixed(value < 10 ? 1 : 0)} ms`;

export function checkGoals(r: Results): Check[] {
  const checks: Check[] = [];
  if (r.table) {
    const worst = Math.max(...r.table.single.map(({ results }) => results.app.p95 / results.baseline.p95));
    checks.push({ goal: "table page p95 ≤ 4× baseline (1 connection, each view)", measured: `worst view ${x(worst)}`, met: worst <= 4 });
    const { results: { app, baseline }, connections } = r.table.concurrent;
    checks.push({ goal: `table page p95 ≤ 4× baseline (${connections} connections)`, measured: x(app.p95 / baseline.p95), met: app.p95 / baseline.p95 <= 4 });
    checks.push({ goal: `throughput ≥ 0.25× baseline (${connections} connections)`, measured: x(app.perSecond / baseline.perSecond), met: app.perSecond / baseline.perSecond >= 0.25 });
    const errors = [...r.table.single.map((s) => s.results), r.table.concurrent.results]
      .flatMap((results) => Object.values(results)).reduce((n, result) => n + result.errors, 0);
    checks.push({ goal: "0 errors under load", measured: String(errors), met: errors === 0 });
  }
  if (r.prismaVsRaw) {
    const worst = Math.max(...r.prismaVsRaw.map((s) => s.prisma.p95 / s.raw.p95));
    checks.push({ goal: "Prisma p95 ≤ 1.5× raw pg (each view)", measured: `worst view ${x(worst)}`, met: worst <= 1.5 });
  }
  if (r.plans && r.reportPlans) {
    const scans = [...r.plans.map((p) => p.plan), ...r.reportPlans.map((p) => p.plan)].filter((p) => p.seqScans.includes("status_update")).length;
    checks.push({ goal: "no sequential scan over status_update", measured: `${scans} statements`, met: scans === 0 });
  }
  if (r.export) {
    const { app, psql, rss } = r.export;
    checks.push({ goal: "CSV export ≤ 1.5× psql \\copy", measured: x(app.ms / psql.ms), met: app.ms / psql.ms <= 1.5 && app.status === 200 });
    const growth = (rss.peakKb - rss.startKb) / 1024;
    checks.push({ goal: "CSV export memory growth < 64 MB", measured: `${growth.toFixed(0)} MB`, met: growth < 64 });
    checks.push({ goal: "CSV export first byte < 1 s", measured: ms(app.firstByteMs), met: app.firstByteMs < 1000 });
  }
  if (r.asOf) checks.push({ goal: "as-of report ≤ 2× raw SQL (median)", measured: x(r.asOf.prisma.p50 / r.asOf.raw.p50), met: r.asOf.prisma.p50 / r.asOf.raw.p50 <= 2 });
  if (r.browser) {
    const b = r.browser;
    checks.push({ goal: "LCP < 1.5 s", measured: `cold ${ms(b.lcpCold)}, warm median ${ms(b.lcp.p50)}`, met: Math.max(b.lcpCold, b.lcp.p50) < 1500 });
    checks.push({ goal: "CLS < 0.05", measured: b.clsLoad.toFixed(3), met: b.clsLoad < 0.05 });
    checks.push({ goal: "filter change to rows painted < 200 ms (median)", measured: `${ms(b.filterToPaint.p50)} (p95 ${ms(b.filterToPaint.p95)})`, met: b.filterToPaint.p50 < 200 });
  }
  return checks;
}

export { ms, x };
