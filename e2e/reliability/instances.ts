import { controlPostgres, type PostgresControl } from "../../scripts/lib/test-postgres.mjs";

/** The two `next start` instances of playwright.config.ts, both on the e2e database. */
const firstPort = Number(process.env.E2E_PORT ?? 3100);
export const instances = [firstPort, firstPort + 1].map((port) => `http://127.0.0.1:${port}`);

const control = process.env.FOLLOWTHROUGH_TEST_PG_CONTROL ? (JSON.parse(process.env.FOLLOWTHROUGH_TEST_PG_CONTROL) as PostgresControl) : null;

/** Present only when the test run owns its PostgreSQL cluster (never with TEST_DATABASE_URL). */
export const postgres = control && {
  stop: () => controlPostgres(control, "stop"),
  start: () => controlPostgres(control, "start"),
};
