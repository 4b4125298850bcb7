import { expect, type Page } from "@playwright/test";

export type StatementDraft = {
  titleZh: string;
  titleEn: string;
  date: string;
  codePrefix: string;
  venueZh: string;
  venueEn: string;
  text: string;
};

/** The statement importer's first step: fill the form, analyse, land on the draft's review. */
export async function startStatementDraft(page: Page, draft: StatementDraft) {
  await page.goto("/admin/import");
  await page.getByLabel("Title (Chinese)").fill(draft.titleZh);
  await page.getByLabel("Title (English)").fill(draft.titleEn);
  await page.getByLabel("Date").fill(draft.date);
  await page.getByLabel("Code prefix").fill(draft.codePrefix);
  await page.getByLabel("Format (Chinese)").fill("外长会晤");
  await page.getByLabel("Format (English)").fill("ministerial meeting");
  await page.getByLabel("Venue (Chinese)").fill(draft.venueZh);
  await page.getByLabel("Venue (English)").fill(draft.venueEn);
  await page.getByLabel("Statement text").fill(draft.text);
  await page.getByRole("button", { name: "Analyse text" }).click();
  await expect(page).toHaveURL(/\/admin\/import\/[a-z0-9]+$/);
}
