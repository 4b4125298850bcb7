import { expect, test, type BrowserContext } from "@playwright/test";
import { createAccount, signedInContext, sql, type Account } from "./accounts";
import { LoginPage } from "./login-page";

// Sessions are rows in user_session: these tests move a row's clock back instead of waiting 30
// minutes, then make the next request as the user would.
const address = { "x-forwarded-for": "198.51.100.61" };

async function openSessions(account: Account): Promise<{ id: string; last_seen_at: Date }[]> {
  return sql("SELECT id, last_seen_at FROM user_session WHERE user_id = $1 AND ended_at IS NULL ORDER BY created_at", [account.id]);
}

async function expectSignedOut(context: BrowserContext, path: string) {
  const page = await context.newPage();
  await page.goto(path);
  await expect(page).toHaveURL(/\/login/);
  return page;
}

test("sign out on all devices ends every session of that user and no one else's", async ({ browser }) => {
  const [user, bystander] = await Promise.all([createAccount("ANALYST", "everywhere"), createAccount("ANALYST", "bystander")]);
  const [laptop, desktop, other] = await Promise.all([
    signedInContext(browser, user, address),
    signedInContext(browser, user, address),
    signedInContext(browser, bystander, address),
  ]);
  expect(await openSessions(user)).toHaveLength(2);

  const page = await laptop.newPage();
  await page.goto("/commitments");
  await page.getByTestId("user-name").click();
  await page.getByRole("button", { name: "Sign out on all devices" }).click();
  await expect(page).toHaveURL(/\/login/);

  await expectSignedOut(desktop, "/commitments");
  expect(await openSessions(user)).toHaveLength(0);
  const still = await other.newPage();
  await still.goto("/commitments");
  await expect(still.getByTestId("user-role")).toHaveText("Analyst");
  const audit = await sql("SELECT count(*)::int AS n FROM audit_log WHERE entity_id = $1 AND action = 'user.sign_out_everywhere'", [user.id]);
  expect(audit[0]).toEqual({ n: 1 });
  await Promise.all([laptop.close(), desktop.close(), other.close()]);
});

test("signing out ends the session on the server: a copy of the old cookie is refused", async ({ browser }) => {
  const user = await createAccount("VIEWER", "signout");
  const context = await signedInContext(browser, user, address);
  const copied = await context.storageState();
  const page = await context.newPage();
  await page.goto("/documents");
  await page.getByTestId("user-name").click();
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL(/\/login/);
  const replay = await browser.newContext({ storageState: copied });
  await expectSignedOut(replay, "/documents");
  expect(await openSessions(user)).toHaveLength(0);
  await Promise.all([context.close(), replay.close()]);
});

test("a role change by an admin ends the user's open session at once", async ({ browser }) => {
  const user = await createAccount("ANALYST", "demoted");
  const session = await signedInContext(browser, user, address);
  const admin = await (await browser.newContext({ storageState: "e2e/.auth/admin.json" })).newPage();
  await admin.goto("/admin/users");
  const row = admin.getByTestId(`user-${user.email}`);
  await row.getByLabel(`Role: ${user.email}`).selectOption("VIEWER");
  await row.getByRole("button", { name: "Change role" }).click();
  await expect(admin.getByText("Role changed.")).toBeVisible();

  await expectSignedOut(session, "/commitments");
  const again = await signedInContext(browser, user, address);
  const page = await again.newPage();
  await page.goto("/dashboard");
  await expect(page.getByTestId("user-role")).toHaveText("Viewer");
  await Promise.all([session.close(), again.close(), admin.context().close()]);
});

test("30 minutes without a request sign the user out, say why, and lead back after sign-in", async ({ browser }) => {
  const user = await createAccount("VIEWER", "idle");
  const context = await signedInContext(browser, user, address);
  const page = await context.newPage();
  await page.goto("/commitments?country=KZ");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

  await sql("UPDATE user_session SET last_seen_at = now() - interval '29 minutes' WHERE user_id = $1", [user.id]);
  await page.reload();
  await expect(page).toHaveURL(/\/commitments\?country=KZ$/);
  const [touched] = await openSessions(user);
  expect(Date.now() - new Date(touched!.last_seen_at).getTime()).toBeLessThan(60_000);

  await sql("UPDATE user_session SET last_seen_at = now() - interval '31 minutes' WHERE user_id = $1", [user.id]);
  await page.reload();
  await expect(page).toHaveURL(/\/login\?ended=idle&callbackUrl=%2Fcommitments%3Fcountry%3DKZ$/);
  await expect(page.getByTestId("session-ended")).toContainText("30 minutes without activity");
  await new LoginPage(page).signIn(user.email, user.password);
  await expect(page).toHaveURL(/\/commitments\?country=KZ$/);
  await context.close();
});

test("12 hours after sign-in a session ends however busy it was", async ({ browser }) => {
  const user = await createAccount("VIEWER", "longday");
  await sql("UPDATE app_user SET sessions_valid_after = now() - interval '13 hours' WHERE id = $1", [user.id]);
  const context = await signedInContext(browser, user, address);
  await sql("UPDATE user_session SET created_at = now() - interval '12 hours 1 minute', last_seen_at = now() WHERE user_id = $1", [user.id]);
  const page = await expectSignedOut(context, "/documents");
  await expect(page).toHaveURL(/ended=expired/);
  await expect(page.getByTestId("session-ended")).toContainText("12 hours");
  // The export route answers the same cookie with 401, not data.
  const response = await context.request.get("/api/export/commitments?format=csv");
  expect(response.status()).toBe(401);
  await context.close();
});
