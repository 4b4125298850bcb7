// The baseline: a bare node:http server that answers GET /commitments?<scenario query> by running
// the very statements the commitments page runs (captured from lib/commitments/data.ts and the
// session lookup) with raw `pg`, in the same order and parallelism, and returning them as JSON.
// Usage: tsx --conditions=react-server scripts/bench/baseline-server.ts --port 3201 --user EMAIL
import http from "node:http";
import { parseArgs } from "node:util";
import pg from "pg";
import { findSession } from "@/lib/auth/data";
import { countFacets, listCommitments, listFilterOptions } from "@/lib/commitments/data";
import { parseCommitmentFilter } from "@/lib/commitments/schema";
import { benchDatabaseUrl } from "./lib/bench-db";
import { captureStatements, type Statement } from "./lib/capture";
import { scenarios, searchParamsOf } from "./lib/scenarios";

type Plan = { session: Statement[]; view: Statement[] };

/** What one request of the page sends: the session row with its user, then the view's reads at once. */
export async function capturePagePlan(url: string, query: string, sessionId: string): Promise<Plan> {
  const filter = parseCommitmentFilter(searchParamsOf(query));
  const session = await captureStatements(url, () => findSession(sessionId));
  const view = await captureStatements(url, () => Promise.all([listCommitments(filter, "en"), countFacets(filter), listFilterOptions()]));
  return { session, view };
}

export async function runPlan(pool: pg.Pool, plan: Plan) {
  const results = [];
  for (const statement of plan.session) results.push((await pool.query(statement.text, statement.values)).rows);
  results.push(...(await Promise.all(plan.view.map(async (s) => (await pool.query(s.text, s.values)).rows))));
  return results;
}

async function main() {
  const { values } = parseArgs({ options: { port: { type: "string", default: "3201" }, user: { type: "string" } } });
  if (!values.user) throw new Error("usage: baseline-server.ts --port PORT --user EMAIL");
  const url = benchDatabaseUrl();
  const pool = new pg.Pool({ connectionString: url, max: Number(process.env.PG_POOL_MAX ?? 10) });
  const { rows } = await pool.query<{ id: string }>("SELECT id FROM app_user WHERE email = $1", [values.user]);
  if (!rows[0]) throw new Error(`no user ${values.user} in the benchmark database`);
  const plans = new Map<string, Plan>();
  const { rows: sessions } = await pool.query<{ id: string }>(
    "INSERT INTO user_session (id, user_id, user_agent) VALUES (gen_random_uuid()::text, $1, 'bench baseline') RETURNING id",
    [rows[0].id],
  );
  const sessionId = sessions[0]!.id;
  for (const scenario of scenarios) plans.set(scenario.query, await capturePagePlan(url, scenario.query, sessionId));
  const server = http.createServer(async (request, response) => {
    const target = new URL(request.url ?? "/", "http://127.0.0.1");
    const plan = target.pathname === "/commitments" ? plans.get(target.search.slice(1)) : undefined;
    if (!plan) {
      response.writeHead(404).end();
      return;
    }
    try {
      const body = JSON.stringify(await runPlan(pool, plan));
      response.writeHead(200, { "content-type": "application/json" }).end(body);
    } catch (error) {
      response.writeHead(500).end(String(error));
    }
  });
  server.keepAliveTimeout = 60_000;
  server.listen(Number(values.port), "127.0.0.1", () => console.log(`baseline ready on ${values.port}`));
  const stop = () => server.close(() => pool.end().then(() => process.exit(0)));
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

if (process.argv[1]?.endsWith("baseline-server.ts")) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
