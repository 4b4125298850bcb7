import { chromium, type Browser, type BrowserContextOptions } from "@playwright/test";
import playwrightConfig from "../../../playwright.config";
import { benchDistDir, start, waitForHttp, type Child } from "./processes";

// The production build under test (next start from .next-bench on the benchmark database) and a
// real session: the bench admin signs in through the login form in Chromium.

export const appPort = Number(process.env.BENCH_APP_PORT ?? 3200);
export const baselinePort = Number(process.env.BENCH_BASELINE_PORT ?? 3201);
export const appBase = `http://127.0.0.1:${appPort}`;
export const previousPort = Number(process.env.BENCH_PREVIOUS_PORT ?? 3202);
export const previousBase = `http://127.0.0.1:${previousPort}`;
const benchSecret = "bench-only-secret-not-for-production-0123456789";

/** `next start` of the build in `distDir` (default .next-bench); another directory holds a previous build to compare. */
export async function startApp(databaseUrl: string, { port = appPort, distDir = benchDistDir } = {}): Promise<Child> {
  const app = start(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(port), "-H", "127.0.0.1"], {
    NODE_ENV: "production", NEXT_DIST_DIR: distDir, DATABASE_URL: databaseUrl, AUTH_SECRET: benchSecret,
    AUTH_TRUST_HOST: "true", NEXT_TELEMETRY_DISABLED: "1", PG_POOL_MAX: "10",
  });
  await waitForHttp(`http://127.0.0.1:${port}/login`, app);
  return app;
}

export async function startBaseline(databaseUrl: string, email: string): Promise<Child> {
  const baseline = start(process.execPath, ["node_modules/tsx/dist/cli.mjs", "--conditions=react-server", "scripts/bench/baseline-server.ts", "--port", String(baselinePort), "--user", email], {
    BENCH_DATABASE_URL: databaseUrl, PG_POOL_MAX: "10",
  });
  await waitForHttp(`http://127.0.0.1:${baselinePort}/`, baseline);
  return baseline;
}

export const launchOptions = { ...playwrightConfig.use?.launchOptions, headless: true };

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch(launchOptions);
}

export type Session = { cookieHeader: string; storageState: NonNullable<BrowserContextOptions["storageState"]> };

/** Signs in through the real form and returns the session cookie (and Playwright's storage state). */
export async function signIn(browser: Browser, email: string, password: string): Promise<Session> {
  const context = await browser.newContext({ baseURL: appBase, locale: "en-GB" });
  const page = await context.newPage();
  await page.goto("/login");
  await page.getByLabel(/E-mail/).fill(email);
  await page.getByLabel(/^Password$/).fill(password);
  await Promise.all([page.waitForURL(/\/dashboard/, { timeout: 60_000 }), page.getByRole("button", { name: /^Sign in$/ }).click()]);
  const storageState = await context.storageState();
  await context.close();
  const cookieHeader = storageState.cookies.map((c) => `${c.name}=${c.value}`).join("; ");
  if (!/authjs\.session-token=/.test(cookieHeader)) throw new Error("sign-in gave no session cookie");
  return { cookieHeader, storageState };
}
