import { defineConfig, devices } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;
/** A second instance on the same database: the reliability project edits through both at once. */
const secondPort = port + 1;
const chromium = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--no-first-run",
  ],
};

export default defineConfig({
  testDir: "e2e",
  globalSetup: "./e2e/global-setup.ts",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 30_000,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: { baseURL, trace: "retain-on-failure", launchOptions: chromium, locale: "en-GB" },
  projects: [
    { name: "setup", testMatch: /.*\.setup\.ts/, use: { ...devices["Desktop Chrome"], launchOptions: chromium } },
    {
      name: "chromium",
      testMatch: /.*\.spec\.ts/,
      testIgnore: /reliability\//,
      dependencies: ["setup"],
      use: { ...devices["Desktop Chrome"], launchOptions: chromium, locale: "en-GB" },
    },
    {
      // Run on its own, after the others (scripts/test.mjs): it stops the database.
      name: "reliability",
      testMatch: /reliability\/.*\.spec\.ts/,
      timeout: 180_000,
      use: { ...devices["Desktop Chrome"], launchOptions: chromium, locale: "en-GB" },
    },
  ],
  webServer: [port, secondPort].map((instancePort) => ({
    command: `node node_modules/next/dist/bin/next start -p ${instancePort} -H 127.0.0.1`,
    url: `http://127.0.0.1:${instancePort}/login`,
    reuseExistingServer: false,
    timeout: 120_000,
    env: {
      DATABASE_URL: process.env.E2E_DATABASE_URL ?? "",
      FOLLOWTHROUGH_DEMO: "1",
      AUTH_SECRET: "e2e-only-secret-not-for-production-0123456789",
      AUTH_TRUST_HOST: "true",
      PG_POOL_MAX: "5",
      NEXT_TELEMETRY_DISABLED: "1",
    },
  })),
});
