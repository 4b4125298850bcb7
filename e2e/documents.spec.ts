import { expect, test, type Page } from "@playwright/test";

// Reads the seeded 2020 statement; asserts no status, since other specs may log updates.
test.use({ storageState: "e2e/.auth/analyst.json" });

const slug = "c5-2020-fm-joint-statement";
const fastLane = { code: "C5-2020-3.3c", quote: "中方致力于同中亚国家建立便利商务人员和生产技术人员往来的“快捷通道”", title: "“Fast lanes” for business people and technical staff" };
const fastLaneEnglish = /China is committed to establishing with the Central Asian countries “fast lanes”/;

const statementText = (page: Page) => page.getByRole("article", { name: "Text of the statement" });
const viewSwitch = (page: Page) => page.getByRole("navigation", { name: "Language of the text" });

test("an analyst opens the 2020 statement from the list and reads it in Chinese, English and both", async ({ page }) => {
  await page.goto("/documents");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Documents");
  await page.getByRole("link", { name: /China \+ Central Asia Foreign Ministers' Video Conference/ }).click();
  await expect(page).toHaveURL(new RegExp(`/documents/${slug}$`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText("China + Central Asia");

  const text = statementText(page);
  const highlight = text.getByRole("link", { name: fastLane.quote, exact: true });
  await expect(highlight).toHaveAttribute("href", `/commitments/${fastLane.code}`);
  await expect(text.getByRole("heading", { name: "Part III" })).toBeVisible();
  // Three commitments quote one clause of 2.1.3: a single highlight names them all.
  await expect(text.locator('a[data-codes="C5-2020-2.1a C5-2020-2.1b C5-2020-2.1c"]')).toHaveCount(1);
  await expect(text.locator('[data-kind="POSITION"]')).toHaveCount(9);
  await expect(text.locator('[data-kind="CONTEXT"]')).toHaveCount(3);
  await expect(page.getByRole("complementary")).toContainText("Kazakhstan");

  await viewSwitch(page).getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(/\?view=en$/);
  await expect(viewSwitch(page).getByRole("link", { name: "English" })).toHaveAttribute("aria-current", "page");
  await expect(text.getByRole("link", { name: fastLaneEnglish })).toBeVisible();
  await expect(text.getByRole("link", { name: fastLane.quote, exact: true })).toHaveCount(0);

  await viewSwitch(page).getByRole("link", { name: "Side by side" }).click();
  await expect(page).toHaveURL(/\?view=both$/);
  await expect(text.getByRole("link", { name: fastLane.quote, exact: true })).toBeVisible();
  await expect(text.getByRole("link", { name: fastLaneEnglish })).toBeVisible();
});

test("a highlight shows its commitment on focus and on hover, and opens it on click", async ({ page }) => {
  await page.goto(`/documents/${slug}`);
  const highlight = statementText(page).getByRole("link", { name: fastLane.quote, exact: true });

  await highlight.focus();
  const tooltip = page.getByRole("tooltip");
  await expect(tooltip).toBeVisible();
  await expect(highlight).toHaveAccessibleDescription(new RegExp(fastLane.code.replace(/\./g, "\\.")));
  await expect(tooltip).toContainText(fastLane.code);
  await expect(tooltip).toContainText(fastLane.title);
  await page.keyboard.press("Escape");
  await expect(tooltip).toBeHidden();

  await highlight.blur();
  await highlight.hover();
  await expect(page.getByRole("tooltip")).toContainText(fastLane.code);
  await highlight.click();
  await expect(page).toHaveURL(new RegExp(`/commitments/${fastLane.code.replace(/\./g, "\\.")}$`));
});

test("an unknown or malformed statement address is a 404, and an unknown view reads Chinese", async ({ page }) => {
  for (const path of ["/documents/no-such-statement", "/documents/Not%20a%20slug", "/documents/%E2%80%9C%3Cb%3E"]) {
    expect((await page.goto(path))?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { name: "Statement not found" })).toBeVisible();
  }
  expect((await page.goto(`/documents/${slug}?view=klingon`))?.status()).toBe(200);
  await expect(statementText(page).getByRole("link", { name: fastLane.quote, exact: true })).toBeVisible();
});
