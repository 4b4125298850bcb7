import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

// On globalThis, like lib/db.ts's client: a bundler may load this module more than once.
const holder = globalThis as unknown as { followthroughPools?: WeakMap<object, pg.Pool> };
const pools = (holder.followthroughPools ??= new WeakMap());

/**
 * One way to open the database for the app, the scripts and the tests: Prisma over the pg driver
 * adapter. The embedded database (PGlite) is served over the Postgres protocol by
 * scripts/embedded-db.mjs, so both databases take this same path.
 */
export function createPrismaClient(connectionString: string, poolMax = Number(process.env.PG_POOL_MAX ?? 10)) {
  const pool = new pg.Pool({ connectionString, max: poolMax, connectionTimeoutMillis: 5_000 });
  const client = new PrismaClient({
    // $disconnect() closes the pool, as it would close a pool of the adapter's own.
    adapter: new PrismaPg(pool, { disposeExternalPool: true }),
    // The password hash never leaves the database unless a query asks for it explicitly.
    omit: { user: { passwordHash: true } },
    transactionOptions: { maxWait: 10_000, timeout: 20_000 },
  });
  pools.set(client, pool);
  return client;
}

export type Db = ReturnType<typeof createPrismaClient>;

/**
 * The pg pool under a client made by `createPrismaClient`, for the few reads too large for Prisma's
 * row conversion. They must share its connections: the embedded database serves every connection
 * from one session, so a second pool's transaction would mix with the app's statements.
 */
export function poolOf(client: Db): pg.Pool {
  const pool = pools.get(client);
  if (!pool) throw new Error("This Prisma client was not made by createPrismaClient: it has no pool to share.");
  return pool;
}

export function requireDatabaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) {
    throw new Error(
      "DATABASE_URL is not set. Use `npm run demo` for the embedded database, or set DATABASE_URL to a PostgreSQL server.",
    );
  }
  return url;
}
