import { test as setup } from "@playwright/test";
import { accounts, LoginPage, type RoleName } from "./login-page";

// Sign in once per role through the real form and keep the session for the specs.
for (const role of Object.keys(accounts) as RoleName[]) {
  setup(`sign in as ${role}`, async ({ page }) => {
    await new LoginPage(page).signInAs(role);
    await page.context().storageState({ path: `e2e/.auth/${role}.json` });
  });
}
