import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { CurrentUser } from "@/lib/auth/session";
import { parseCommitmentFilter } from "@/lib/commitments/schema";
import { db } from "@/lib/db";
import { createTestUser, createTrackedCommitments, type TrackedCommitment } from "@/lib/test/fixtures";
import { recordStatusUpdate } from "@/lib/updates/mutations";
import { GET } from "@/app/api/export/commitments/route";
import { createExport } from "./export";
import { parseExportRequest } from "./schema";
import { reportTranslator } from "./translator";

let user: CurrentUser | null = null;
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => user }));
vi.mock("next-intl/server", () => ({ getLocale: async () => "en" }));

let analyst: CurrentUser;
let areaSlug: string;
let commitments: TrackedCommitment[];
beforeAll(async () => {
  analyst = { ...(await createTestUser("ANALYST", "Exporting Analyst")), role: "ANALYST" };
  ({ areaSlug, commitments } = await createTrackedCommitments({ count: 2, countries: ["KZ", "UZ"] }));
  await recordStatusUpdate(
    {
      commitmentId: commitments[0].id, countries: [{ code: "KZ", version: 1 }], status: "IN_PROGRESS", progress: 40, complianceScore: 0,
      note: "=HYPERLINK(\"http://evil\")", internalNote: "Desk only: ask the embassy", evidence: [{ url: "https://example.org/r", title: "部长会晤", eventDate: "2021-05-01", grade: "A" }],
    },
    analyst, null,
  );
});
afterAll(async () => {
  await db().$disconnect();
});

async function read(query: Record<string, string>) {
  const { t } = await reportTranslator("en");
  const file = await createExport(parseExportRequest({ area: areaSlug, ...query }), { t, now: new Date("2026-11-24T10:00:00Z") });
  const chunks: Buffer[] = [];
  for await (const chunk of file.stream) chunks.push(Buffer.from(chunk));
  return { file, bytes: Buffer.concat(chunks) };
}

describe("export of the commitments view", () => {
  it("CSV: the filtered view's rows, with their version and latest evidence", async () => {
    const { file, bytes } = await read({ country: "KZ", format: "csv", page: "2", size: "10" });
    expect(file.filename).toBe("followthrough-commitments-2026-11-24.csv");
    const [header, ...rows] = parse(bytes, { bom: true }) as string[][];
    expect(header).toContain("version");
    const record = (row: string[]) => Object.fromEntries(header.map((name, i) => [name, row[i]]));
    expect(rows.map(record)).toEqual([
      expect.objectContaining({ code: commitments[0].code, country: "KZ", status: "IN_PROGRESS", progress: "40", compliance_score: "0", evidence_url: "https://example.org/r", evidence_grade: "A", version: "2", committing_parties: "KZ UZ" }),
      expect.objectContaining({ code: commitments[1].code, country: "KZ", status: "NOT_ASSESSED", version: "1", evidence_url: "" }),
    ]);
  });

  it("CSV of updates: internal notes only when asked, announced in a first line; formulas neutralised", async () => {
    const plain = (await read({ format: "csv", set: "updates" })).bytes.toString("utf8");
    expect(plain).not.toContain("INTERNAL");
    expect(plain).not.toContain("Desk only");
    expect(plain).toContain("'=HYPERLINK");
    const internal = (await read({ format: "csv", set: "updates", internal: "1" })).bytes.toString("utf8");
    expect(internal.split("\r\n")[0]).toBe("\uFEFF# Followthrough export including INTERNAL NOTES - for the desk only - do not share");
    const [header, row] = parse(internal, { bom: true, comment: "#", comment_no_infix: true }) as string[][];
    expect(row[header.indexOf("internal_note")]).toBe("Desk only: ask the embassy");
    expect(row[header.indexOf("author")]).toBe("Exporting Analyst");
    expect(row[header.indexOf("evidence")]).toBe("[A] 部长会晤 https://example.org/r");
  });

  it("JSON: metadata, then the rows as objects", async () => {
    const json = JSON.parse((await read({ format: "json", set: "updates", internal: "1" })).bytes.toString("utf8"));
    expect(json).toMatchObject({ set: "updates", includesInternalNotes: true, filters: { area: areaSlug } });
    expect(json.rows).toEqual([expect.objectContaining({ code: commitments[0].code, status: "IN_PROGRESS", internal_note: "Desk only: ask the embassy", evidence: [expect.objectContaining({ grade: "A" })] })]);
    const rows = JSON.parse((await read({ format: "json" })).bytes.toString("utf8")).rows;
    expect(rows).toHaveLength(4);
  });

  it("XLSX: summary, rows and updates, each with a bold frozen header and a filter", async () => {
    const { file, bytes } = await read({ format: "xlsx", internal: "1" });
    expect(file.contentType).toContain("spreadsheetml");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["Summary", "Commitments × countries", "Updates"]);
    const rows = workbook.getWorksheet("Commitments × countries")!;
    expect(rows.rowCount).toBe(5);
    expect(rows.getRow(1).font?.bold).toBe(true);
    expect(rows.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(rows.autoFilter).toBeTruthy();
    const updates = workbook.getWorksheet("Updates")!;
    expect(updates.getRow(2).values).toEqual(expect.arrayContaining(["=HYPERLINK(\"http://evil\")", "Desk only: ask the embassy"]));
    expect(updates.getCell("J2").type).toBe(ExcelJS.ValueType.String);
    const summary = workbook.getWorksheet("Summary")!.getSheetValues().flat().join(" ");
    expect(summary).toContain("INCLUDED");
    expect(summary).toContain(`area=${areaSlug}`);
  });

  it("ignores the view's paging: the export is the whole filtered view", () => {
    const request = parseExportRequest({ page: "3", size: "10", format: "nonsense" });
    expect(request).toMatchObject({ format: "csv", set: "commitments", internal: false });
    expect(parseCommitmentFilter({})).toMatchObject({ page: 1 });
  });
});

describe("GET /api/export/commitments", () => {
  const get = (query: string) => GET(new NextRequest(`http://localhost/api/export/commitments?${query}`));

  it("refuses anonymous visitors, and internal notes to viewers", async () => {
    user = null;
    expect((await get("format=csv")).status).toBe(401);
    user = { ...analyst, role: "VIEWER" };
    const refused = await get("format=csv&set=updates&internal=1");
    expect(refused.status).toBe(403);
    expect(await refused.text()).toContain("Internal notes are for analysts");
  });

  it("streams the file to a viewer, as an attachment that is never cached", async () => {
    user = { ...analyst, role: "VIEWER" };
    const response = await get(`format=csv&area=${areaSlug}&country=UZ`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="followthrough-commitments-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const rows = parse(await response.text(), { bom: true }) as string[][];
    expect(rows).toHaveLength(3);
  });
});
