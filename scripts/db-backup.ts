// `npm run db:backup -- [file]`: a consistent backup of $DATABASE_URL (or the embedded database,
// through scripts/with-db.mjs) as gzip'd JSON lines; no pg_dump needed. Restore: `npm run db:restore`.
import { backupDatabase } from "../lib/db/backup";
import { runMain } from "./lib/run-main";

async function main(): Promise<number> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error("DATABASE_URL is not set: run through `npm run db:backup`, which provides the embedded database's.");
    return 1;
  }
  const file = process.argv[2] ?? `followthrough-backup-${new Date().toISOString().replace(/[:.]/g, "-")}.jsonl.gz`;
  const counts = await backupDatabase(url, file);
  const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
  console.log(`Backed up ${total} rows from ${Object.keys(counts).length} tables to ${file}`);
  return 0;
}

runMain(main);
