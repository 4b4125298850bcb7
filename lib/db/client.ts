import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * One way to open the database for the app, the scripts and the tests: Prisma over the pg driver
 * adapter. The embedded database (PGlite) is served over the Postgres protocol by
 * scripts/embedded-db.mjs, so both databases take this same path.
 */
export function createPrismaClient(connectionString: string, poolMax = Number(process.env.PG_POOL_MAX ?? 10)) {
  const adapter = new PrismaPg({ connectionString, max: poolMax, connectionTimeoutMillis: 5_000 });
  return new PrismaClient({
    adapter,
    // The password hash never leaves the database unless a query asks for it explicitly.
    omit: { user: { passwordHash: true } },
    transactionOptions: { maxWait: 10_000, timeout: 20_000 },
  });
}

export type Db = ReturnType<typeof createPrismaClient>;

export function requireDatabaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) {
    throw new Error(
      "DATABASE_URL is not set. Use `npm run demo` for the embedded database, or set DATABASE_URL to a PostgreSQL server.",
    );
  }
  return url;
}
