import { expect, type Page } from "@playwright/test";

export const demoPassword = "followthrough-demo";
export const accounts = {
  admin: "admin@example.org",
  analyst: "analyst@example.org",
  viewer: "viewer@example.org",
} as const;
export type RoleName = keyof typeof accounts;

export class LoginPage {
  constructor(private readonly page: Page) {}

  async goto() {
    await this.page.goto("/login");
  }

  async signIn(email: string, password: string) {
    await this.page.getByLabel(/E-mail|电子邮箱/).fill(email);
    await this.page.getByLabel(/^Password$|^密码$/).fill(password);
    // Wait for the server action's answer, so that the next fill does not race the form reset.
    await Promise.all([
      this.page.waitForResponse((response) => response.request().method() === "POST"),
      this.page.getByRole("button", { name: /^Sign in$|^登录$/ }).click(),
    ]);
  }

  async signInAs(role: RoleName) {
    await this.goto();
    await this.signIn(accounts[role], demoPassword);
    await expect(this.page).toHaveURL(/\/dashboard$/);
  }

  /** A sign-in that is expected to fail: waits until the form has reset, ready for the next try. */
  async failedAttempt(email: string, password: string) {
    await this.signIn(email, password);
    await expect(this.page.getByLabel(/^Password$|^密码$/)).toHaveValue("");
    await expect(this.page.getByRole("button", { name: /^Sign in$|^登录$/ })).toBeEnabled();
  }

  errorMessage() {
    return this.page.locator("#login-error");
  }
}
