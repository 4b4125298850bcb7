import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test, type APIResponse, type Browser, type Page } from "@playwright/test";
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import ExcelJS from "exceljs";
import { CommitmentPage } from "./commitment-page";
import { startStatementDraft } from "./importer-page";

// Stored XSS: script payloads saved through the real forms in every free-text field (statement
// text and titles, commitment titles and translation, public and internal notes, evidence titles,
// a user's name, cells of an imported CSV), then every page that shows them is visited and every
// export downloaded. The payloads must come back as text: no dialog, no element built from them.
// The CSP would stop an injected script on its own, so the pages are also searched for the
// elements the payloads would create: that check fails as soon as escaping does.

const payload = `<img src=x onerror=alert(1)>"><script>alert(1)</script>`;
const stamp = Date.now().toString(36).toUpperCase();
const tag = `XSS${stamp}`;
const value = (field: string) => `${tag} ${field} ${payload}`;
const fields = {
  documentTitle: value("doc"),
  title: `${tag}${payload}`,
  translation: value("rendering"),
  note: value("public"),
  internalNote: value("internal"),
  evidenceTitle: value("evidence"),
  userName: value("user"),
  importNote: value("import"),
};
const prefix = `XSS-${stamp}`;
const slug = `${prefix.toLowerCase()}-joint-statement`;
let code = "";

test.describe.configure({ mode: "serial" });

const dialogs: string[] = [];
async function asRole(browser: Browser, role: "admin" | "analyst"): Promise<Page> {
  const page = await (await browser.newContext({ storageState: `e2e/.auth/${role}.json` })).newPage();
  page.on("dialog", (dialog) => {
    dialogs.push(`${page.url()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return page;
}

/** Nothing the payloads would build if they were parsed as HTML: no such image, handler or script. */
async function expectNoInjection(page: Page) {
  await expect(page.locator('img[src="x"], [onerror]')).toHaveCount(0);
  const injectedScripts = await page.locator("script").evaluateAll((scripts) => scripts.filter((s) => s.textContent?.trim() === "alert(1)").length);
  expect(injectedScripts, page.url()).toBe(0);
}

/** The stored value is on the page as visible text, and nothing was injected. */
async function expectShownAsText(page: Page, text: string) {
  await expect(page.getByText(text, { exact: false }).first()).toBeVisible();
  await expectNoInjection(page);
}

test("an admin saves the payloads as statement text and titles, commitment coding and a user's name", async ({ browser }) => {
  test.setTimeout(120_000);
  const page = await asRole(browser, "admin");
  await startStatementDraft(page, {
    titleZh: fields.documentTitle, titleEn: fields.documentTitle, date: "2026-02-01", codePrefix: prefix, venueZh: "阿斯塔纳", venueEn: "Astana",
    text: [`  一、各方决定建立部长级会晤机制${payload},原则上每年举行一次。`, "  二、中方致力于同中亚国家建立便利人员往来的“快捷通道”。"].join("\n"),
  });
  await expectShownAsText(page, payload);

  const card = page.getByTestId("review-item").filter({ hasText: "部长级会晤机制" });
  await card.getByLabel("Title (English, at most 80 characters)").fill(fields.title);
  await card.getByLabel("English translation").fill(fields.translation);
  await card.getByRole("button", { name: "Accept" }).click();
  await expect(page.getByTestId("review-item").filter({ hasText: "部长级会晤机制" })).toHaveAttribute("data-status", "accepted");
  await expectNoInjection(page);
  await page.getByTestId("save-draft").getByRole("button", { name: "Save document" }).click();
  await expect(page).toHaveURL(new RegExp(`/documents/${slug}`));

  await page.goto(`/commitments?q=${encodeURIComponent(stamp)}`);
  await page.getByRole("link", { name: fields.title }).click();
  await expect(page).toHaveURL(/\/commitments\/[^/?]+$/);
  code = decodeURIComponent(new URL(page.url()).pathname.split("/").pop()!);
  await page.locator("summary", { hasText: "Edit coding (admin)" }).click();
  await page.getByLabel("Short title (Chinese)").fill(fields.title);
  await page.getByLabel("English rendering").fill(fields.translation);
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Saved.")).toBeVisible();

  await page.goto("/admin/users");
  await page.getByLabel("E-mail").fill(`xss-${stamp.toLowerCase()}@example.org`);
  await page.getByLabel("Name").fill(fields.userName);
  await page.getByLabel("Role", { exact: true }).selectOption("VIEWER");
  await page.getByLabel("Initial password").fill("a-long-enough-passphrase-42");
  await page.getByRole("button", { name: "Add user" }).click();
  await expect(page.getByText("User added.")).toBeVisible();
  await expectShownAsText(page, fields.userName);
});

test("an analyst saves them as notes, an evidence title and the cells of an imported CSV", async ({ browser }) => {
  test.setTimeout(120_000);
  const page = await asRole(browser, "analyst");
  const commitment = new CommitmentPage(page);
  await commitment.goto(code, "KZ");
  await commitment.fillUpdate({
    status: "In progress",
    note: fields.note,
    evidence: { url: "https://example.org/xss-minutes", title: fields.evidenceTitle, date: "2026-02-02", grade: "C" },
  });
  await commitment.form().getByLabel(/Internal note$/).fill(fields.internalNote);
  await commitment.save();
  await commitment.expectSaved(1);

  const exported = await page.request.get(`/api/export/commitments?format=csv&q=${encodeURIComponent(stamp)}`);
  const [header, ...rows] = parse(await exported.body(), { bom: true }) as string[][];
  const target = rows.find((row) => row[header.indexOf("code")] === code && row[header.indexOf("country")] === "UZ")!;
  target[header.indexOf("status")] = "SUBSTANTIAL";
  target[header.indexOf("progress")] = "";
  const edited = stringify([[...header, "note"], ...rows.map((row) => [...row, row === target ? fields.importNote : ""])], { bom: true });
  await page.goto("/commitments/import");
  await page.getByLabel(/File \(CSV or XLSX/).setInputFiles({ name: "xss.csv", mimeType: "text/csv", buffer: Buffer.from(edited) });
  await page.getByRole("button", { name: "Check the file" }).click();
  await expect(page.getByTestId("import-count-update")).toContainText("1");
  await expectShownAsText(page, fields.importNote);
  await page.getByRole("button", { name: "Apply the updates" }).click();
  await expect(page.getByRole("status").getByText("Applied 1 update.")).toBeVisible();
});

test("every page that shows them shows them as text, and no dialog opens", async ({ browser }) => {
  test.setTimeout(120_000);
  const page = await asRole(browser, "admin");
  const q = encodeURIComponent(stamp);
  const visits: [string, string[]][] = [
    ["/dashboard", [fields.title]],
    [`/commitments?q=${q}`, [fields.title]],
    [`/commitments?view=matrix&q=${q}`, [fields.title]],
    [`/commitments/${code}`, [fields.title, fields.translation, fields.note, fields.internalNote, fields.evidenceTitle, fields.importNote, payload]],
    [`/documents/${slug}`, [payload]],
    [`/documents/${slug}?view=both`, [payload]],
    ["/documents", [fields.documentTitle]],
    [`/reports?document=${slug}`, [fields.title]],
    ["/admin/audit", [tag]],
    ["/admin/users", [fields.userName]],
  ];
  for (const [url, texts] of visits) {
    await page.goto(url);
    for (const text of texts) await expectShownAsText(page, text);
  }
  expect(dialogs).toEqual([]);
});

const types = {
  csv: /^text\/csv\b/,
  json: /^application\/json\b/,
  xlsx: /^application\/vnd\.openxmlformats-officedocument\.spreadsheetml\.sheet$/,
  pdf: /^application\/pdf$/,
};

/** A download of the expected type, never a type a browser would render as a page. */
function expectAttachment(response: APIResponse, type: keyof typeof types) {
  expect(response.status(), response.url()).toBe(200);
  const headers = response.headers();
  expect(headers["content-disposition"]).toMatch(/^attachment; filename="/);
  expect(headers["content-type"]).toMatch(types[type]);
  expect(headers["x-content-type-options"]).toBe("nosniff");
}

async function workbookStrings(body: Buffer): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  return workbook.worksheets.flatMap((sheet) => sheet.getSheetValues().flatMap((row) => (Array.isArray(row) ? row.map((cell) => String(cell ?? "")) : [])));
}

test("every export carries them as data, in attachments that are not HTML", async ({ browser }) => {
  test.setTimeout(120_000);
  const { request } = await asRole(browser, "analyst");
  const q = encodeURIComponent(stamp);
  const get = async (url: string, type: keyof typeof types) => {
    const response = await request.get(url);
    expectAttachment(response, type);
    return response.body();
  };
  const csvCells = (body: Buffer) => (parse(body, { bom: true, comment: "#", comment_no_infix: true, relax_column_count: true }) as string[][]).flat();

  expect(csvCells(await get(`/api/export/commitments?format=csv&q=${q}`, "csv"))).toContain(fields.title);
  expect(csvCells(await get(`/api/export/commitments?format=csv&set=updates&internal=1&q=${q}`, "csv"))).toEqual(expect.arrayContaining([fields.note, fields.internalNote, fields.importNote]));
  expect(await workbookStrings(await get(`/api/export/commitments?format=xlsx&q=${q}`, "xlsx"))).toContain(fields.title);
  expect(JSON.stringify(JSON.parse((await get(`/api/export/commitments?format=json&q=${q}`, "json")).toString("utf8")))).toContain(JSON.stringify(fields.title));
  expect(await workbookStrings(await get(`/api/reports/xlsx?document=${slug}`, "xlsx"))).toEqual(expect.arrayContaining([expect.stringContaining(fields.title)]));

  const pdfFile = path.join(mkdtempSync(path.join(tmpdir(), "followthrough-xss-")), "report.pdf");
  writeFileSync(pdfFile, await get(`/api/reports/pdf?document=${slug}`, "pdf"));
  const text = execFileSync("pdftotext", [pdfFile, "-"], { encoding: "utf8" }).replace(/\s+/g, "");
  expect(text).toContain(fields.title.replace(/\s+/g, ""));
});
