import { assertLocalDatabase } from "./local-database";

// The app's lazily created client (lib/db.ts) reads DATABASE_URL: point it at the test database.
process.env.DATABASE_URL = assertLocalDatabase(process.env.TEST_DATABASE_URL);
process.env.PG_POOL_MAX ??= "5";
