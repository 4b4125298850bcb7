import pg from "pg";
import { countFacets, listCommitments } from "@/lib/commitments/data";
import { parseCommitmentFilter } from "@/lib/commitments/schema";
import { captureStatements, type Statement } from "../lib/capture";
import { explain, type PlanSummary } from "../lib/explain";
import { scenarios, searchParamsOf } from "../lib/scenarios";
import { summarize, type Summary } from "../lib/stats";

// The table's reads through Prisma (listCommitments + countFacets, as the page calls them) against
// the same statements through raw pg with the same parallelism, in one process, interleaved so that
// both see the same machine load; and the plan of every statement.

export type PrismaVsRaw = { scenario: string; prisma: Summary; raw: Summary; errors: number };
export type StatementPlan = { scenario: string; label: string; plan: PlanSummary };

const viewOf = (query: string) => parseCommitmentFilter(searchParamsOf(query));

/** A short name for a captured statement of the view. */
export function describeStatement(source: string, statement: Statement): string {
  if (/^\s*WITH v AS/.test(statement.text)) return `${source}: all facets`;
  if (/\bLIMIT\b/.test(statement.text)) return `${source}: page`;
  if (/AS total/.test(statement.text)) return `${source}: total`;
  return `${source}: ${statement.text.replace(/\s+/g, " ").trim().slice(0, 60)}`;
}

export async function viewStatements(url: string, query: string) {
  const filter = viewOf(query);
  const list = await captureStatements(url, () => listCommitments(filter, "en"));
  const facets = await captureStatements(url, () => countFacets(filter));
  return [...list.map((s) => ({ label: describeStatement("listCommitments", s), statement: s })), ...facets.map((s) => ({ label: describeStatement("countFacets", s), statement: s }))];
}

export async function comparePrismaToRaw(url: string, runs: number, warmup = 3): Promise<PrismaVsRaw[]> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  const results: PrismaVsRaw[] = [];
  try {
    for (const scenario of scenarios) {
      const filter = viewOf(scenario.query);
      const statements = (await viewStatements(url, scenario.query)).map((s) => s.statement);
      const viaPrisma = () => Promise.all([listCommitments(filter, "en"), countFacets(filter)]);
      const viaRaw = () => Promise.all(statements.map((s) => pool.query(s.text, s.values)));
      const prisma: number[] = [];
      const raw: number[] = [];
      let errors = 0;
      for (let i = 0; i < warmup + runs; i++) {
        for (const [fn, samples] of (i % 2 ? [[viaRaw, raw], [viaPrisma, prisma]] : [[viaPrisma, prisma], [viaRaw, raw]]) as [() => Promise<unknown>, number[]][]) {
          const start = performance.now();
          await fn().catch(() => errors++);
          if (i >= warmup) samples.push(performance.now() - start);
        }
      }
      results.push({ scenario: scenario.name, prisma: summarize(prisma), raw: summarize(raw), errors });
    }
  } finally {
    await pool.end();
  }
  return results;
}

export async function explainView(url: string): Promise<StatementPlan[]> {
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  const plans: StatementPlan[] = [];
  try {
    for (const scenario of scenarios) {
      for (const { label, statement } of await viewStatements(url, scenario.query)) {
        plans.push({ scenario: scenario.name, label, plan: await explain(pool, statement) });
      }
    }
  } finally {
    await pool.end();
  }
  return plans;
}
