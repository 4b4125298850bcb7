import type pg from "pg";

// EXPLAIN (ANALYZE, BUFFERS) of one statement, reduced to what the benchmark checks: which tables
// were read whole (Seq Scan) and which indexes were used.

type PlanNode = { "Node Type": string; "Relation Name"?: string; "Index Name"?: string; "Actual Loops"?: number; Plans?: PlanNode[]; "Shared Hit Blocks"?: number; "Shared Read Blocks"?: number };
export type PlanSummary = { ms: number; seqScans: string[]; indexes: string[]; sharedBlocks: number; text: string };

function walk(node: PlanNode, visit: (node: PlanNode) => void) {
  visit(node);
  for (const child of node.Plans ?? []) walk(child, visit);
}

export async function explain(client: pg.Pool | pg.PoolClient, sql: { text: string; values: unknown[] }): Promise<PlanSummary> {
  const json = await client.query(`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${sql.text}`, sql.values);
  const [{ Plan: plan, "Execution Time": ms }] = json.rows[0]["QUERY PLAN"] as { Plan: PlanNode; "Execution Time": number }[];
  const seqScans = new Set<string>();
  const indexes = new Set<string>();
  walk(plan, (node) => {
    if (node["Node Type"] === "Seq Scan" && node["Relation Name"]) seqScans.add(node["Relation Name"]);
    if (node["Index Name"]) indexes.add(node["Index Name"]);
  });
  const textRows = await client.query(`EXPLAIN (ANALYZE, BUFFERS, COSTS OFF, TIMING OFF, SUMMARY OFF) ${sql.text}`, sql.values);
  const text = textRows.rows.map((row: Record<string, string>) => row["QUERY PLAN"]).join("\n");
  return { ms, seqScans: [...seqScans].sort(), indexes: [...indexes].sort(), sharedBlocks: (plan["Shared Hit Blocks"] ?? 0) + (plan["Shared Read Blocks"] ?? 0), text };
}
