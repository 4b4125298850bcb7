import { randomUUID } from "node:crypto";
import { hash } from "@node-rs/argon2";
import { expect, type APIRequest, type APIRequestContext, type Browser, type BrowserContext } from "@playwright/test";
import { Client } from "pg";
import { LoginPage } from "./login-page";

export type Role = "VIEWER" | "ANALYST" | "ADMIN";
export type Account = { id: string; email: string; password: string };

/** One statement against the e2e database (refused by global setup unless it is local). */
export async function sql<Row extends object = Record<string, unknown>>(text: string, values: unknown[] = []): Promise<Row[]> {
  const client = new Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  try {
    return (await client.query<Row>(text, values)).rows;
  } finally {
    await client.end();
  }
}

/** A new active account of that role, written straight into the database (no admin session needed). */
export async function createAccount(role: Role, prefix: string): Promise<Account> {
  const email = `${prefix}-${role.toLowerCase()}-${Date.now()}-${randomUUID().slice(0, 6)}@example.test`;
  const password = `${prefix}-${randomUUID()}`;
  const id = `${prefix}${randomUUID().replaceAll("-", "").slice(0, 20)}`;
  await sql(
    `INSERT INTO app_user (id, email, name, password_hash, role, sessions_valid_after, updated_at)
     VALUES ($1, $2, $3, $4, $5, now() - interval '1 minute', now())`,
    [id, email, `${prefix} ${role.toLowerCase()}`, await hash(password, { memoryCost: 19_456, timeCost: 2, parallelism: 1 }), role],
  );
  return { id, email, password };
}

/** A browser context signed in as that account through the real form. */
export async function signedInContext(browser: Browser, account: Account, headers: Record<string, string> = {}): Promise<BrowserContext> {
  const context = await browser.newContext({ extraHTTPHeaders: headers });
  const page = await context.newPage();
  const login = new LoginPage(page);
  await login.goto();
  await login.signIn(account.email, account.password);
  await expect(page).toHaveURL(/\/dashboard$/);
  await page.close();
  return context;
}

/** An HTTP client (no browser) signed in as that account through Auth.js's own endpoints. */
export async function signedInRequest(playwright: { request: APIRequest }, baseURL: string, account: Account, headers: Record<string, string> = {}): Promise<APIRequestContext> {
  const request = await playwright.request.newContext({ baseURL, extraHTTPHeaders: headers });
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await request.post("/api/auth/callback/credentials", {
    headers: { origin: baseURL },
    form: { email: account.email, password: account.password, csrfToken, callbackUrl: "/dashboard" },
    maxRedirects: 0,
  });
  expect(response.status(), `sign-in of ${account.email}`).toBe(302);
  expect(response.headers()["location"]).not.toContain("error");
  return request;
}
