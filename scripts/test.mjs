// npm test: every test, on a fresh machine. Unit tests (Vitest), integration tests against a real
// PostgreSQL, and end-to-end tests in Chromium (Playwright) against the production build.
// Options: --skip-e2e, --only=unit|integration|e2e|reliability; other arguments go to Playwright
// (spec files, -g) for the e2e stage. The reliability stage runs two app instances on one database
// and takes the database away from them, so it comes last.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { root } from "./embedded-db.mjs";
import { buildIfNeeded } from "./lib/build-if-needed.mjs";
import { freshDatabase, provisionPostgres } from "./lib/test-postgres.mjs";

const only = process.argv.find((arg) => arg.startsWith("--only="))?.slice(7);
const playwrightArgs = process.argv.slice(2).filter((arg) => !arg.startsWith("--only=") && arg !== "--skip-e2e");
const browserStages = ["e2e", "reliability"];
const wants = (stage) => (only ? only === stage : !browserStages.includes(stage) || !process.argv.includes("--skip-e2e"));
const bin = (name) => path.join(root, "node_modules/.bin", name);

function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];
  return candidates.find((file) => file && existsSync(file));
}

function run(label, command, args, env = {}) {
  console.log(`\n=== ${label}`);
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...env } });
  return result.status === 0;
}

const failures = [];
if (wants("unit") && !run("unit tests", bin("vitest"), ["run", "--project", "unit"])) failures.push("unit");

let postgres;
try {
  if (wants("integration") || wants("e2e") || wants("reliability")) postgres = await provisionPostgres();
  if (wants("integration")) {
    const url = await freshDatabase(postgres.adminUrl, "followthrough_integration");
    if (!run("integration tests (PostgreSQL)", bin("vitest"), ["run", "--project", "integration"], { TEST_DATABASE_URL: url })) {
      failures.push("integration");
    }
  }
  if (wants("e2e") || wants("reliability")) {
    const chromium = findChromium();
    if (!chromium) throw new Error("No Chromium found: install it (`sudo apt-get install chromium`) or set CHROMIUM_PATH.");
    buildIfNeeded(root);
    const url = await freshDatabase(postgres.adminUrl, "followthrough_e2e");
    const env = { DATABASE_URL: url, E2E_DATABASE_URL: url, CHROMIUM_PATH: chromium };
    // Only a cluster of our own may be stopped by the tests; with TEST_DATABASE_URL they skip that part.
    if (postgres.control) env.FOLLOWTHROUGH_TEST_PG_CONTROL = JSON.stringify(postgres.control);
    const ready =
      run("e2e: migrate", bin("tsx"), ["scripts/db-migrate.ts"], env) &&
      run("e2e: seed", bin("tsx"), ["--conditions=react-server", "scripts/db-seed.ts", "--demo"], env);
    if (!ready) failures.push("e2e setup");
    else {
      if (wants("e2e") && !run("end-to-end tests (Chromium)", bin("playwright"), ["test", "--project=chromium", ...playwrightArgs], env)) {
        failures.push("e2e");
      }
      if (wants("reliability") && !run("reliability: two instances, database faults", bin("playwright"), ["test", "--project=reliability"], env)) {
        failures.push("reliability");
      }
    }
  }
} catch (error) {
  console.error(`\n${error.message}`);
  failures.push("setup");
} finally {
  postgres?.stop();
}

console.log(failures.length ? `\nFAILED: ${failures.join(", ")}` : "\nAll test stages passed.");
process.exit(failures.length ? 1 : 0);
