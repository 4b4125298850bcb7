import { expect, type Page } from "@playwright/test";

/** The commitment page's update form, as an analyst uses it. */
export class CommitmentPage {
  constructor(private readonly page: Page) {}

  async goto(code: string, country?: string) {
    await this.page.goto(`/commitments/${code}${country ? `?country=${country}` : ""}`);
  }

  form() {
    return this.page.locator("#log-update");
  }

  async tickCountries(names: string[]) {
    for (const name of names) await this.form().getByRole("checkbox", { name: new RegExp(name) }).check();
  }

  async fillUpdate({ status, note, evidence }: { status: string; note: string; evidence?: { url: string; title: string; date: string; grade: string } }) {
    const form = this.form();
    await form.getByLabel("Status", { exact: true }).selectOption({ label: status });
    await form.getByLabel("Public note").fill(note);
    if (evidence) {
      await form.getByRole("button", { name: "Add a source" }).click();
      await form.getByLabel("Link (http or https)").fill(evidence.url);
      await form.getByLabel("Title", { exact: true }).fill(evidence.title);
      await form.getByLabel("Date of the event").fill(evidence.date);
      await form.getByLabel("Reliability").selectOption(evidence.grade);
    }
  }

  async save() {
    await this.form().getByRole("button", { name: /^Save update/ }).click();
  }

  async expectSaved(count: number) {
    await expect(this.page.getByText(count === 1 ? "Update saved for 1 country." : `Update saved for ${count} countries.`)).toBeVisible();
  }
}
