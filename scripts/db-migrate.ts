// `npm run db:migrate`: applies pending migrations from prisma/migrations to $DATABASE_URL
// (the offline stand-in for `prisma migrate deploy`, which needs a native engine download).
import { applyMigrations } from "../lib/db/migrations";
import { runMain } from "./lib/run-main";

function describe(databaseUrl: string): string {
  try {
    const url = new URL(databaseUrl);
    return `${url.hostname}${url.port ? `:${url.port}` : ""}${url.pathname}`; // no credentials
  } catch {
    return "(unparsable DATABASE_URL)";
  }
}

async function main(): Promise<number> {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    console.error("DATABASE_URL is not set. Set it to a PostgreSQL URL, e.g.");
    console.error("  DATABASE_URL=postgresql://user:password@127.0.0.1:5432/followthrough npm run db:migrate");
    return 1;
  }
  console.log(`Applying migrations to ${describe(databaseUrl)} ...`);
  const { applied } = await applyMigrations(databaseUrl);
  if (applied.length === 0) console.log("No pending migrations: the database is up to date.");
  else console.log(`Applied ${applied.length} migration(s):\n${applied.map((name) => `  - ${name}`).join("\n")}`);
  return 0;
}

runMain(main);
