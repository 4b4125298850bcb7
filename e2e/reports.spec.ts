import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import ExcelJS from "exceljs";

// An analyst takes the KZ rows out as CSV, changes one in a "spreadsheet", imports it back, and
// finds the update in the CSV and XLSX exports of the filtered view and in the PDF report.

const code = "C5-2020-3.3c";
const chineseTitle = "建立人员往来“快捷通道”";
test.use({ storageState: "e2e/.auth/analyst.json" });

async function download(request: APIRequestContext, url: string) {
  const response = await request.get(url);
  expect(response.status(), url).toBe(200);
  expect(response.headers()["content-disposition"]).toMatch(/^attachment; filename="followthrough-/);
  return response.body();
}

const records = (csv: Buffer) => {
  const [header, ...rows] = parse(csv, { bom: true, comment: "#", comment_no_infix: true }) as string[][];
  return rows.map((row) => Object.fromEntries(header.map((name, i) => [name, row[i]])));
};

test("an edited CSV export comes back through the import, and the update shows in the exports and the PDF report", async ({ page, context }) => {
  const exported = await download(page.request, "/api/export/commitments?country=KZ&format=csv");
  const [header, ...rows] = parse(exported, { bom: true }) as string[][];
  const target = rows.find((row) => row[0] === code && row[header.indexOf("country")] === "KZ")!;
  expect(target, `${code} KZ in the export`).toBeTruthy();
  const status = target[header.indexOf("status")] === "SUBSTANTIAL" ? "IN_PROGRESS" : "SUBSTANTIAL";
  const note = `Fast lane opened at Khorgos ${Date.now()}`;
  target[header.indexOf("status")] = status;
  target[header.indexOf("progress")] = "";
  const edited = stringify([[...header, "note"], ...rows.map((row) => [...row, row === target ? note : ""])], { bom: true });

  await page.goto("/commitments/import");
  await expect(page.getByRole("heading", { level: 1, name: "Import updates" })).toBeVisible();
  const file = { name: "kz-edited.csv", mimeType: "text/csv", buffer: Buffer.from(edited) };
  await page.getByLabel(/File \(CSV or XLSX/).setInputFiles(file);
  await page.getByRole("button", { name: "Check the file" }).click();
  await expect(page.getByTestId("import-count-update")).toContainText("1");
  await expect(page.getByTestId("import-count-error")).toContainText("0");
  await page.getByRole("button", { name: "Apply the updates" }).click();
  await expect(page.getByRole("status").getByText("Applied 1 update.")).toBeVisible();

  // One bad row blocks the whole file, with its reason beside it: the valid change is not applied either.
  const [valid, bad] = rows.filter((row) => row !== target).slice(0, 2).map((row) => [...row]);
  valid[header.indexOf("status")] = valid[header.indexOf("status")] === "STALLED" ? "NO_EVIDENCE" : "STALLED";
  bad[header.indexOf("progress")] = "140";
  await page.getByLabel(/File \(CSV or XLSX/).setInputFiles({ ...file, name: "broken.csv", buffer: Buffer.from(stringify([header, valid, bad], { bom: true })) });
  await page.getByRole("button", { name: "Check the file" }).click();
  await expect(page.getByTestId("import-row-3")).toContainText("Progress “140” must be a whole number from 0 to 100.");
  await page.getByRole("button", { name: "Apply the updates" }).click();
  await expect(page.getByRole("status").getByText("Nothing was applied: 1 row has an error.", { exact: false })).toBeVisible();

  const csvRows = records(await download(page.request, "/api/export/commitments?country=KZ&format=csv"));
  expect(csvRows.find((row) => row.code === code)).toMatchObject({ country: "KZ", status });
  expect(csvRows.find((row) => row.code === valid[0])?.status).toBe(rows.find((row) => row[0] === valid[0])![header.indexOf("status")]);
  const csvUpdates = records(await download(page.request, "/api/export/commitments?country=KZ&format=csv&set=updates&internal=1"));
  expect(csvUpdates.find((row) => row.note === note)).toMatchObject({ code, country: "KZ", status, author: "Demo Analyst" });

  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await download(page.request, "/api/export/commitments?country=KZ&format=xlsx")) as unknown as ArrayBuffer);
  expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["Summary", "Commitments × countries", "Updates"]);
  const updateRows = workbook.getWorksheet("Updates")!.getSheetValues().map((values) => (Array.isArray(values) ? values.map(String) : []));
  expect(updateRows.some((values) => values.includes(note) && values.includes(code))).toBe(true);

  await page.goto("/reports?country=KZ");
  await expect(page.getByRole("heading", { level: 1, name: "Status report" })).toBeVisible();
  await expect(page.getByRole("img", { name: new RegExp(`^${code.replace(/\./g, "\\.")} · Kazakhstan`) })).toBeVisible();
  await expect(page.getByRole("link", { name: "PDF report" })).toHaveAttribute("href", /\/api\/reports\/pdf\?country=KZ&asOf=\d{4}-\d{2}-\d{2}/);

  // The PDF follows the interface language: in Chinese, the Chinese title must be in its text.
  await context.addCookies([{ name: "NEXT_LOCALE", value: "zh", url: page.url() }]);
  const pdf = await download(page.request, "/api/reports/pdf?country=KZ");
  const pdfFile = path.join(mkdtempSync(path.join(tmpdir(), "followthrough-")), "report.pdf");
  writeFileSync(pdfFile, pdf);
  expect(execFileSync("pdffonts", [pdfFile], { encoding: "utf8" })).toMatch(/NotoSansSC-Regular\s+CID TrueType\s+Identity-H\s+yes/);
  expect(execFileSync("pdftotext", [pdfFile, "-"], { encoding: "utf8" })).toContain(chineseTitle);
});

test("a viewer may export, but not internal notes, and cannot import", async ({ browser }) => {
  const context = await browser.newContext({ storageState: "e2e/.auth/viewer.json" });
  const page = await context.newPage();
  expect((await page.request.get("/api/export/commitments?format=json")).status()).toBe(200);
  expect((await page.request.get("/api/export/commitments?format=csv&set=updates&internal=1")).status()).toBe(403);
  expect((await page.goto("/commitments/import"))?.status()).toBe(403);
  await context.close();
});
