import { expect, test } from "@playwright/test";
import { startStatementDraft } from "./importer-page";

// An admin pastes a short statement with page debris, reviews it, accepts two commitments, saves,
// and finds them in the commitments table. The code prefix is unique per run.
test("an admin imports a pasted statement and finds its commitments in the table", async ({ browser }) => {
  const page = await (await browser.newContext({ storageState: "e2e/.auth/admin.json" })).newPage();
  const stamp = Date.now().toString(36).toUpperCase();
  const prefix = `E2E-${stamp}`;
  const title = `端到端测试联合声明 ${stamp}`;
  await startStatementDraft(page, {
    titleZh: title, titleEn: `End-to-end test statement ${stamp}`, date: "2026-01-10", codePrefix: prefix, venueZh: "西安", venueEn: "Xi'an",
    text:
      [
        "首页 > 新闻 > 外交",
        title,
        "发布时间:2026-01-10  来源:示例网站",
        `  一、中方致力于同中亚国家建立便利人员往来的“快捷通道”,畅通简化货物跨境流动的“绿色通道”。`,
        "  二、各方决定建立部长级会晤机制,原则上每年举行一次。",
        "【免责声明】本网转载仅供参考。",
      ].join("\n"),
  });
  await expect(page.getByTestId("debris-line")).toHaveCount(3);
  await expect(page.getByText("site disclaimer")).toBeVisible();

  const accept = async (quote: string, titleEn: string) => {
    const card = page.getByTestId("review-item").filter({ hasText: quote });
    await card.getByLabel("Title (English, at most 80 characters)").fill(titleEn);
    await card.getByLabel("English translation").fill(`${titleEn} (reviewed)`);
    await card.getByRole("button", { name: "Accept" }).click();
    await expect(page.getByTestId("review-item").filter({ hasText: quote })).toHaveAttribute("data-status", "accepted");
  };
  await accept("快捷通道", `Fast lanes ${stamp}`);
  await accept("部长级会晤机制", `Ministerial meeting ${stamp}`);
  await expect(page.getByTestId("draft-progress")).toContainText("2 of");

  await page.getByTestId("save-draft").getByRole("button", { name: "Save document" }).click();
  await expect(page).toHaveURL(new RegExp(`/documents/${prefix.toLowerCase()}-joint-statement`));

  await page.goto(`/commitments?q=${encodeURIComponent(stamp)}`);
  await expect(page.getByRole("link", { name: `Fast lanes ${stamp}` })).toBeVisible();
  await expect(page.getByRole("link", { name: `Ministerial meeting ${stamp}` })).toBeVisible();
});
