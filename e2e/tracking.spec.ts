import { expect, test, type Page } from "@playwright/test";
import { CommitmentPage } from "./commitment-page";

const asRole = async (browser: import("@playwright/test").Browser, role: "analyst" | "viewer" | "admin") =>
  (await browser.newContext({ storageState: `e2e/.auth/${role}.json` })).newPage();

async function filterHealthInKazakhstan(page: Page) {
  await page.goto("/commitments");
  await page.getByLabel("Country", { exact: true }).selectOption("KZ");
  await expect(page).toHaveURL(/country=KZ/);
  await page.locator("summary", { hasText: "Area" }).click();
  await page.getByRole("checkbox", { name: /Health/ }).check();
  await expect(page).toHaveURL(/area=health/);
  await expect(page.getByText(/^5 commitments match/)).toBeVisible();
}

test("an analyst filters, logs an update with evidence for two countries, and sees it everywhere", async ({ browser }) => {
  const page = await asRole(browser, "analyst");
  await filterHealthInKazakhstan(page);
  await page.getByRole("link", { name: "Cooperation on vaccine research and development" }).click();
  await expect(page).toHaveURL(/\/commitments\/C5-2020-2\.1b$/);

  const commitment = new CommitmentPage(page);
  const note = `Joint vaccine trial announced ${Date.now()}`;
  await commitment.tickCountries(["Kazakhstan", "Uzbekistan"]);
  await commitment.fillUpdate({
    status: "In progress",
    note,
    evidence: { url: "https://example.org/vaccine-trial", title: "Ministry press release", date: "2021-03-15", grade: "B" },
  });
  await commitment.save();
  await commitment.expectSaved(2);

  const timeline = page.locator("section", { has: page.getByRole("heading", { name: "Timeline" }) });
  await expect(timeline.getByText(note)).toHaveCount(2);
  await expect(timeline.getByRole("link", { name: "Ministry press release" }).first()).toHaveAttribute("href", "https://example.org/vaccine-trial");

  await filterHealthInKazakhstan(page);
  await page.locator("summary", { hasText: "Status in KZ" }).click();
  await page.getByRole("checkbox", { name: /In progress/ }).check();
  await expect(page.getByRole("link", { name: "KZ: In progress, 40%" })).toBeVisible();

  await page.goto("/commitments?view=matrix&area=health");
  await expect(page.getByRole("link", { name: "C5-2020-2.1b · Uzbekistan: In progress, 40%" })).toBeVisible();
  await page.getByRole("link", { name: "C5-2020-2.1b · Kazakhstan: In progress, 40%" }).click();
  await expect(page).toHaveURL(/\/commitments\/C5-2020-2\.1b\?country=KZ#update/);
  await expect(page.locator("#log-update").getByRole("checkbox", { name: /Kazakhstan/ })).toBeChecked();
});

test("two analysts edit the same row: the second gets the conflict and can re-apply on top", async ({ browser }) => {
  const first = await asRole(browser, "analyst");
  const second = await asRole(browser, "analyst");
  const code = "C5-2020-2.1c";
  const a = new CommitmentPage(first);
  const b = new CommitmentPage(second);
  await a.goto(code, "TJ");
  await b.goto(code, "TJ");

  await a.fillUpdate({ status: "Not started", note: "First analyst: no activity found" });
  await a.save();
  await a.expectSaved(1);

  await b.fillUpdate({ status: "Completed", note: "Second analyst: programme finished" });
  await b.save();
  await expect(second.getByText("Your update was not saved")).toBeVisible();
  await expect(second.getByText(/saved a change to Tajikistan/)).toContainText("Not started");
  await second.getByRole("button", { name: "Re-apply my changes on top" }).click();
  await b.expectSaved(1);
  await second.reload();
  const timeline = second.locator("section", { has: second.getByRole("heading", { name: "Timeline" }) });
  await expect(timeline.getByText("First analyst: no activity found")).toBeVisible();
  await expect(timeline.getByText("Second analyst: programme finished")).toBeVisible();
});

test("a viewer has no update form, and a hand-made POST of the action is refused", async ({ browser }) => {
  const code = "C5-2020-2.1d";
  const analyst = await asRole(browser, "analyst");
  await analyst.goto(`/commitments/${code}?country=KG`);
  const captured: { url: string; headers: Record<string, string>; body: Buffer | null }[] = [];
  analyst.on("request", (request) => {
    if (request.method() === "POST" && request.headers()["next-action"]) {
      captured.push({ url: request.url(), headers: request.headers(), body: request.postDataBuffer() });
    }
  });
  const commitment = new CommitmentPage(analyst);
  await commitment.fillUpdate({ status: "Stalled", note: "Analyst's own save" });
  await commitment.save();
  await commitment.expectSaved(1);
  expect(captured.length).toBeGreaterThan(0);

  const viewer = await asRole(browser, "viewer");
  await viewer.goto(`/commitments/${code}`);
  await expect(viewer.locator("#log-update")).toHaveCount(0);
  await expect(viewer.getByText("Analyst's own save")).toBeVisible();

  const { url, headers, body } = captured[0];
  // Same-site, so that it is the role check on the server (not the cross-site gate) that refuses it.
  const forged = await viewer.request.post(url, {
    headers: { origin: new URL(url).origin, "next-action": headers["next-action"], "content-type": headers["content-type"], accept: "text/x-component" },
    data: body ?? undefined,
  });
  expect(await forged.text()).toContain("Your role does not allow this.");
  await viewer.reload();
  await expect(viewer.getByText("Analyst's own save")).toHaveCount(1);
});

test("an analyst sets a status on several commitments at once from the table", async ({ browser }) => {
  const page = await asRole(browser, "analyst");
  await page.goto("/commitments?area=security");
  await page.getByRole("checkbox", { name: "Select C5-2020-4.1b" }).check();
  await page.getByRole("checkbox", { name: "Select C5-2020-4.1c" }).check();
  const bar = page.getByRole("form", { name: "Bulk update" });
  await expect(bar).toContainText("2 commitments selected");
  await bar.getByRole("button", { name: "Apply to selection" }).click();
  await expect(bar.getByText("Tick at least one country.")).toBeVisible();
  await bar.getByRole("checkbox", { name: "Turkmenistan" }).check();
  await bar.getByLabel("Status").selectOption({ label: "Not started" });
  await bar.getByLabel("Note for the timeline").fill("Bulk review of security items");
  await bar.getByRole("button", { name: "Apply to selection" }).click();
  await expect(page.getByText(/2 rows changed/)).toBeVisible();
  await expect(page.getByRole("link", { name: "TM: Not started, 0%" })).toHaveCount(2);
});
