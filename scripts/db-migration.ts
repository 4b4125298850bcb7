// `npm run db:migration -- <name>`: writes prisma/migrations/<timestamp>_<name>/migration.sql for the
// changes in prisma/schema.prisma not yet covered by the existing migrations (offline stand-in for
// `prisma migrate dev --create-only`). Needs no database: the migrations are replayed in PGlite.
import { relative } from "node:path";
import { createMigration } from "../lib/db/migrations";
import { runMain } from "./lib/run-main";

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const name = args[0];
  if (args.length !== 1 || !name || !/^[A-Za-z0-9_-]+$/.test(name)) {
    console.error("Usage: npm run db:migration -- <name>   (letters, digits, _ or -; e.g. add_user_locale)");
    return 1;
  }
  const { dir, sql } = await createMigration(name);
  if (!dir) {
    console.log("Nothing to do: schema and migrations are in sync.");
    return 0;
  }
  console.log(sql.trimEnd());
  console.log(`\nWrote ${relative(process.cwd(), dir) || dir}/migration.sql`);
  console.log("Review it, then apply it with `npm run db:migrate`.");
  return 0;
}

runMain(main);
