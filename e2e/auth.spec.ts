import { expect, test } from "@playwright/test";
import { LoginPage } from "./login-page";

test.describe("anonymous visitors", () => {
  test("are sent to sign-in, and the demo accounts are shown there", async ({ page }) => {
    await page.goto("/commitments");
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fcommitments/);
    await expect(page.getByTestId("demo-accounts")).toContainText("analyst@example.org");
  });

  test("a wrong password shows an error and does not sign in", async ({ page }) => {
    const login = new LoginPage(page);
    await login.goto();
    await login.signIn("analyst@example.org", "not-the-password");
    await expect(login.errorMessage()).toContainText("do not match");
    await expect(page).toHaveURL(/\/login/);
  });

  test("an account under attack is throttled with a clear message", async ({ browser }) => {
    // A separate client address, so that the shared address counter of the other tests is untouched.
    const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": "198.51.100.7" } });
    const page = await context.newPage();
    const login = new LoginPage(page);
    await login.goto();
    const target = `victim-${Date.now()}@example.org`;
    for (let attempt = 0; attempt < 10; attempt++) {
      await login.failedAttempt(target, `wrong-password-${attempt}`);
      await expect(login.errorMessage()).toContainText("do not match");
    }
    await login.signIn(target, "yet-another-wrong-one");
    await expect(login.errorMessage()).toContainText("Too many sign-in attempts");
    await context.close();
  });
});

test.describe("roles", () => {
  test("a viewer sees no admin link and gets 403 on an admin URL typed by hand", async ({ browser }) => {
    const context = await browser.newContext({ storageState: "e2e/.auth/viewer.json" });
    const page = await context.newPage();
    await page.goto("/dashboard");
    await expect(page.getByTestId("user-role")).toHaveText("Viewer");
    await expect(page.getByRole("link", { name: "Admin" })).toHaveCount(0);
    const response = await page.goto("/admin/users");
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { name: "Not allowed" })).toBeVisible();
    await context.close();
  });

  test("an analyst is signed in as analyst, without admin access", async ({ browser }) => {
    const context = await browser.newContext({ storageState: "e2e/.auth/analyst.json" });
    const page = await context.newPage();
    await page.goto("/dashboard");
    await expect(page.getByTestId("user-role")).toHaveText("Analyst");
    expect((await page.goto("/admin/users"))?.status()).toBe(403);
    await context.close();
  });

  test("an admin adds a user, who signs in; disabling them ends their session at once", async ({ browser }) => {
    const admin = await (await browser.newContext({ storageState: "e2e/.auth/admin.json" })).newPage();
    await admin.goto("/admin/users");
    const email = `new-analyst-${Date.now()}@example.org`;
    await admin.getByLabel("E-mail").fill(email);
    await admin.getByLabel("Name").fill("New Analyst");
    await admin.getByLabel("Role", { exact: true }).selectOption("ANALYST");
    await admin.getByLabel("Initial password").fill("short");
    await admin.getByRole("button", { name: "Add user" }).click();
    await expect(admin.getByText("Use at least 12 characters.")).toBeVisible();
    await admin.getByLabel("Initial password").fill("a-long-enough-passphrase-42");
    await admin.getByRole("button", { name: "Add user" }).click();
    await expect(admin.getByText("User added.")).toBeVisible();

    const other = await (await browser.newContext()).newPage();
    await new LoginPage(other).goto();
    await new LoginPage(other).signIn(email, "a-long-enough-passphrase-42");
    await expect(other).toHaveURL(/\/dashboard$/);
    await expect(other.getByTestId("user-role")).toHaveText("Analyst");

    await admin.reload();
    await admin.getByTestId(`user-${email}`).getByRole("button", { name: "Disable" }).click();
    await expect(admin.getByText("User disabled.")).toBeVisible();
    await other.reload();
    await expect(other).toHaveURL(/\/login/);
  });
});

test("the language switch changes the interface, and both dashboards look right", async ({ browser }) => {
  const context = await browser.newContext({ storageState: "e2e/.auth/analyst.json" });
  const page = await context.newPage();
  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dashboard");
  await page.screenshot({ path: "e2e/screenshots/dashboard-en.png", fullPage: true });
  await page.getByRole("button", { name: "中文" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("总览");
  await expect(page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "承诺" })).toBeVisible();
  await page.screenshot({ path: "e2e/screenshots/dashboard-zh.png", fullPage: true });
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dashboard");
  await context.close();
});

test.describe("cross-site protection", () => {
  test("responses carry a nonce-based CSP and the other security headers", async ({ request }) => {
    const response = await request.get("/login");
    const headers = response.headers();
    expect(headers["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
    expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["x-frame-options"]).toBe("DENY");
  });

  test("POSTs with a foreign Origin or with none are refused", async ({ playwright, baseURL }) => {
    const context = await playwright.request.newContext({ baseURL, storageState: "e2e/.auth/admin.json" });
    const foreign = await context.post("/admin/users", { headers: { origin: "https://evil.example", "next-action": "x" }, form: { email: "x@example.org" } });
    expect(foreign.status()).toBe(403);
    const missing = await context.post("/api/auth/signout", { headers: { origin: "" }, form: {} });
    expect(missing.status()).toBe(403);
    await context.dispose();
  });

  test("the session cookie is HttpOnly and SameSite=Lax, and __Secure- with Secure behind HTTPS", async ({ playwright, baseURL }) => {
    for (const https of [false, true]) {
      // Behind the TLS-terminating balancer the app sees X-Forwarded-Proto: https.
      const request = await playwright.request.newContext({ baseURL, extraHTTPHeaders: https ? { "x-forwarded-proto": "https" } : {} });
      const csrf = await request.get("/api/auth/csrf");
      const { csrfToken } = (await csrf.json()) as { csrfToken: string };
      const csrfCookie = csrf.headersArray().find((h) => h.name.toLowerCase() === "set-cookie" && h.value.includes("csrf-token"))!.value.split(";")[0]!;
      const response = await request.post("/api/auth/callback/credentials", {
        headers: { origin: baseURL!, cookie: csrfCookie },
        form: { email: "viewer@example.org", password: "followthrough-demo", csrfToken, callbackUrl: "/dashboard" },
        maxRedirects: 0,
      });
      const session = response.headersArray().find((h) => h.name.toLowerCase() === "set-cookie" && h.value.includes("session-token="))?.value;
      expect(session, `session cookie (https: ${https})`).toBeDefined();
      expect(session).toMatch(https ? /^__Secure-authjs\.session-token=/ : /^authjs\.session-token=/);
      expect(session).toMatch(/;\s*HttpOnly/i);
      expect(session).toMatch(/;\s*SameSite=Lax/i);
      if (https) expect(session).toMatch(/;\s*Secure/i);
      await request.dispose();
    }
  });
});
