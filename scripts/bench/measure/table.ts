import { appBase, baselinePort, previousBase } from "../lib/app";
import { runLoad, type LoadResult } from "../lib/load";
import { scenarios } from "../lib/scenarios";

// The commitments page (production build, signed in) against the raw-pg baseline serving the same
// statements, and optionally against a build of the previous code: each view alone at 1 connection,
// then all views mixed at 20 connections. Targets take turns, so that they share the machine's load.

export type TargetName = "app" | "previous" | "baseline";
export type TableResult = {
  single: { scenario: string; results: Partial<Record<TargetName, LoadResult>> & Record<"app" | "baseline", LoadResult> }[];
  concurrent: { results: Partial<Record<TargetName, LoadResult>> & Record<"app" | "baseline", LoadResult>; connections: number };
};
type Load = { requests: number; seconds: number; connections: number };

export const baselineBase = `http://127.0.0.1:${baselinePort}`;
const paths = scenarios.map((s) => `/commitments?${s.query}`);

async function eachTarget(targets: [TargetName, { base: string; headers: Record<string, string> }][], run: (target: { base: string; headers: Record<string, string> }) => Promise<LoadResult>) {
  const results: Partial<Record<TargetName, LoadResult>> = {};
  for (const [name, target] of targets) results[name] = await run(target);
  return results as Partial<Record<TargetName, LoadResult>> & Record<"app" | "baseline", LoadResult>;
}

export async function measureTable(cookie: string, load: Load, withPrevious = false): Promise<TableResult> {
  const targets: [TargetName, { base: string; headers: Record<string, string> }][] = [
    ["app", { base: appBase, headers: { cookie } }],
    ...(withPrevious ? [["previous", { base: previousBase, headers: { cookie } }] as [TargetName, { base: string; headers: Record<string, string> }]] : []),
    ["baseline", { base: baselineBase, headers: {} }],
  ];
  await eachTarget(targets, (target) => runLoad({ ...target, paths, connections: 2, seconds: 60, maxRequests: paths.length * 3 }));
  const single = [];
  for (const [i, scenario] of scenarios.entries()) {
    const results = await eachTarget(targets, (target) => runLoad({ ...target, paths: [paths[i]], connections: 1, seconds: 120, maxRequests: load.requests }));
    single.push({ scenario: scenario.name, results });
  }
  const results = await eachTarget(targets, (target) => runLoad({ ...target, paths, connections: load.connections, seconds: load.seconds }));
  return { single, concurrent: { results, connections: load.connections } };
}
