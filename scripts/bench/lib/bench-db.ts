import pg from "pg";

// The benchmark writes (and drops) its own database: only ever a local one named "...bench...".

export const defaultBenchUrl = "postgresql://postgres@127.0.0.1:5432/followthrough_bench";
const localHosts = ["127.0.0.1", "localhost", "::1", "[::1]"];

export function databaseName(url: string): string {
  return decodeURIComponent(new URL(url).pathname.slice(1));
}

/** The benchmark database URL, refused unless it is on this machine and its name contains "bench". */
export function benchDatabaseUrl(raw = process.env.BENCH_DATABASE_URL || defaultBenchUrl): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error("BENCH_DATABASE_URL is not a URL (expected postgresql://user@127.0.0.1:5432/followthrough_bench).");
  }
  if (!["postgres:", "postgresql:"].includes(url.protocol)) throw new Error(`BENCH_DATABASE_URL must be a postgresql:// URL, not ${url.protocol}`);
  if (!localHosts.includes(url.hostname)) throw new Error(`BENCH_DATABASE_URL points at ${url.hostname}: the benchmark only uses a database on this machine.`);
  const name = databaseName(raw);
  if (!/^[A-Za-z0-9_]+$/.test(name) || !name.includes("bench")) {
    throw new Error(`Refusing database "${name}": a benchmark database name contains "bench" (letters, digits and _ only).`);
  }
  return url.toString();
}

/** A database on the same server as `url` (to create, drop, or run experiments in). */
export function siblingUrl(url: string, name: string): string {
  const next = new URL(url);
  next.pathname = `/${name}`;
  return next.toString();
}

/** Drops (if present) and creates the benchmark database, so that every seed starts from nothing. */
export async function recreateDatabase(url: string): Promise<void> {
  const name = databaseName(benchDatabaseUrl(url));
  const admin = new pg.Client({ connectionString: siblingUrl(url, "postgres") });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${name}" TEMPLATE template0 ENCODING 'UTF8'`);
  } finally {
    await admin.end();
  }
}
