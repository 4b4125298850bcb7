import { applyMigrations } from "@/lib/db/migrations";
import { assertLocalDatabase } from "./local-database";

/** Brings the integration database to the current migrations once per run. */
export default async function setup() {
  const url = assertLocalDatabase(process.env.TEST_DATABASE_URL);
  await applyMigrations(url);
}
