import { expect, test, type Page } from "@playwright/test";
import { createAccount, signedInContext, signedInRequest, sql } from "../accounts";
import { LoginPage } from "../login-page";
import { postFormAction, serverAction } from "../server-actions";
import { instances, postgres } from "./instances";

// PostgreSQL goes away under both running instances (stopped "fast": every connection is cut, as
// in a crash or a failover) and comes back. Users must be told what is wrong, without internals,
// nothing may be half-written, and the instances must recover without a restart.

const leaks = [/\n\s+at /, /node_modules/, /PrismaClient/, /ECONNREFUSED/, /P1001/, /127\.0\.0\.1:\d{4,5}/];

async function expectUnavailablePage(page: Page) {
  await expect(page.getByRole("heading", { name: "The database is unavailable" })).toBeVisible();
  await expect(page.getByText("The app reconnects by itself")).toBeVisible();
  const html = await page.content();
  for (const leak of leaks) expect(html, `page shows ${leak}`).not.toMatch(leak);
}

test("pages, saves, downloads and sign-in say the database is unavailable, then recover by themselves", async ({ browser, playwright }) => {
  test.skip(!postgres, "needs the test run's own PostgreSQL cluster (not TEST_DATABASE_URL) to stop and start");
  const account = await createAccount("ANALYST", "outage");
  const address = { "x-forwarded-for": "198.51.100.77" };
  const [context, api] = await Promise.all([signedInContext(browser, account, address), signedInRequest(playwright, instances[1]!, account, address)]);
  const pages = await Promise.all(instances.map(async (instance) => {
    const page = await context.newPage();
    await page.goto(`${instance}/commitments`);
    await expect(page.getByRole("heading", { level: 1, name: "Commitments" })).toBeVisible();
    return page;
  }));
  const [commitment] = await sql<{ id: string }>("SELECT id FROM commitment WHERE code = 'C5-2020-2.1d'");
  const [tracking] = await sql<{ version: number }>("SELECT version FROM tracking WHERE commitment_id = $1 AND country_code = 'KZ'", [commitment!.id]);

  postgres!.stop();
  try {
    for (const page of pages) {
      await page.reload();
      await expectUnavailablePage(page);
    }
    await pages[0]!.screenshot({ path: "e2e/screenshots/database-unavailable.png" });
    // A save answers with the reason and writes nothing (checked once the database is back).
    const action = serverAction("lib/updates/actions.ts#recordStatusUpdateAction");
    const saved = await postFormAction(api, `${instances[1]}/commitments/C5-2020-2.1d`, action.id, {
      commitmentId: commitment!.id, countries: "KZ", versions: JSON.stringify({ KZ: tracking!.version }), status: "COMPLETED", note: "written during the outage",
    });
    expect(await saved.text()).toContain("The database cannot be reached right now, so nothing was read or saved.");
    const download = await api.get(`${instances[1]}/api/export/commitments?format=csv`);
    expect(download.status()).toBe(503);
    expect(await download.text()).toContain("The database cannot be reached");
    const visitor = await browser.newPage();
    const login = new LoginPage(visitor);
    await visitor.goto(`${instances[0]}/login`);
    await login.signIn(account.email, account.password);
    await expect(login.errorMessage()).toContainText("The database cannot be reached");
    await visitor.close();
  } finally {
    postgres!.start();
  }

  // The first instance's error page retries by itself (every 10 s); the second is reloaded by hand.
  await expect(pages[0]!.getByRole("heading", { level: 1, name: "Commitments" })).toBeVisible({ timeout: 30_000 });
  await pages[1]!.reload();
  await expect(pages[1]!.getByRole("heading", { level: 1, name: "Commitments" })).toBeVisible();
  const lost = await sql<{ n: number }>("SELECT count(*)::int AS n FROM status_update WHERE note = 'written during the outage'");
  expect(lost[0]!.n).toBe(0);
  const [after] = await sql<{ version: number }>("SELECT version FROM tracking WHERE commitment_id = $1 AND country_code = 'KZ'", [commitment!.id]);
  expect(after!.version).toBe(tracking!.version);
  await Promise.all([context.close(), api.dispose()]);
});
