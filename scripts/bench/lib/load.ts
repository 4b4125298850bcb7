import http from "node:http";
import { summarize, type Summary } from "./stats";

// A closed-loop HTTP load generator: `connections` workers, each sending its next request as soon
// as the previous answer is fully read, until the time or request budget runs out. Loopback only.

export type LoadOptions = { base: string; paths: string[]; connections: number; seconds: number; maxRequests?: number; headers?: Record<string, string> };
export type LoadResult = Summary & { requests: number; errors: number; statuses: Record<string, number>; seconds: number; perSecond: number; bytes: number };

export function assertLoopback(base: string): URL {
  const url = new URL(base);
  if (!["127.0.0.1", "localhost", "[::1]"].includes(url.hostname)) throw new Error(`Refusing to load ${url.hostname}: the benchmark only targets this machine.`);
  return url;
}

function get(agent: http.Agent, url: URL, headers: Record<string, string>): Promise<{ status: number; bytes: number }> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { agent, headers }, (response) => {
      let bytes = 0;
      response.on("data", (chunk: Buffer) => (bytes += chunk.length));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, bytes }));
      response.on("error", reject);
    });
    request.setTimeout(30_000, () => request.destroy(new Error("timeout")));
    request.on("error", reject);
  });
}

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const base = assertLoopback(options.base);
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.connections });
  const deadline = performance.now() + options.seconds * 1000;
  const budget = options.maxRequests ?? Infinity;
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  let sent = 0;
  let errors = 0;
  let bytes = 0;
  const started = performance.now();
  const worker = async () => {
    while (performance.now() < deadline && sent < budget) {
      const path = options.paths[sent++ % options.paths.length];
      const start = performance.now();
      try {
        const answer = await get(agent, new URL(path, base), options.headers ?? {});
        latencies.push(performance.now() - start);
        bytes += answer.bytes;
        statuses[answer.status] = (statuses[answer.status] ?? 0) + 1;
        if (answer.status !== 200) errors++;
      } catch (error) {
        errors++;
        const key = error instanceof Error ? error.message : "error";
        statuses[key] = (statuses[key] ?? 0) + 1;
      }
    }
  };
  await Promise.all(Array.from({ length: options.connections }, worker));
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  return { ...summarize(latencies), requests: latencies.length, errors, statuses, seconds, perSecond: latencies.length / seconds, bytes };
}
