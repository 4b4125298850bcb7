// `npm run db:restore -- <file>`: loads a backup made by `npm run db:backup` into $DATABASE_URL (or
// the embedded database), in one transaction. The target must be freshly migrated (`npm run
// db:migrate`) and empty: the audit log refuses DELETE and TRUNCATE, so a restore never overwrites.
import { restoreDatabase } from "../lib/db/backup";
import { runMain } from "./lib/run-main";

async function main(): Promise<number> {
  const url = process.env.DATABASE_URL;
  const file = process.argv[2];
  if (!url || !file) {
    console.error("usage: npm run db:restore -- <backup.jsonl.gz>   (DATABASE_URL, or the embedded database)");
    return 1;
  }
  const counts = await restoreDatabase(url, file);
  const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
  console.log(`Restored ${total} rows into ${Object.keys(counts).length} tables from ${file}`);
  return 0;
}

runMain(main);
