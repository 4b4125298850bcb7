import ExcelJS from "exceljs";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { createTestUser, createTrackedCommitments, type TrackedCommitment } from "@/lib/test/fixtures";
import { GET as getPdf } from "@/app/api/reports/pdf/route";
import { GET as getXlsx } from "@/app/api/reports/xlsx/route";
import { getStatusReport } from "./data";
import type { ReportParams } from "./schema";

let user: CurrentUser | null = null;
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => user }));
vi.mock("next-intl/server", () => ({ getLocale: async () => "zh" }));

let analyst: CurrentUser;
let areaSlug: string;
let commitments: TrackedCommitment[];

/** Two updates on KZ: one in 2022, one in 2024 (with an internal note); UZ never assessed. */
beforeAll(async () => {
  analyst = { ...(await createTestUser("ANALYST", "Reporting Analyst")), role: "ANALYST" };
  ({ areaSlug, commitments } = await createTrackedCommitments({ count: 2, countries: ["KZ", "UZ"] }));
  const [first] = commitments;
  const base = { trackingId: first.tracking.KZ.id, commitmentId: first.id, countryCode: "KZ", authorId: analyst.id };
  const first2022 = await db().statusUpdate.create({
    data: { ...base, createdAt: new Date("2022-05-10T08:00:00Z"), statusBefore: "NOT_ASSESSED", status: "IN_PROGRESS", progressBefore: 0, progress: 40, complianceScore: 0, trackingVersion: 2, note: "Working group met." },
  });
  await db().evidence.create({ data: { updateId: first2022.id, url: "https://example.org/2022", title: "Communiqué", grade: "B", eventDate: new Date("2022-05-09") } });
  await db().statusUpdate.create({
    data: { ...base, createdAt: new Date("2024-02-01T08:00:00Z"), statusBefore: "IN_PROGRESS", status: "COMPLETED", progressBefore: 40, progress: 100, complianceScore: 1, trackingVersion: 3, internalNote: "Desk only" },
  });
});
afterAll(async () => {
  await db().$disconnect();
});

const params = (patch: Partial<ReportParams> = {}): ReportParams => ({ documents: [], areas: [areaSlug], countries: [], asOf: "2023-12-31", since: null, internal: false, ...patch });

describe("getStatusReport", () => {
  it("shows each row as it stood at the end of the day, with the evidence known then", async () => {
    const report = await getStatusReport(params());
    expect(report.columns).toEqual(["KZ", "UZ"]);
    expect(report.commitments.map((c) => c.code)).toEqual(commitments.map((c) => c.code));
    expect(report.commitments[0].cells.KZ).toMatchObject({ status: "IN_PROGRESS", progress: 40, evidence: { url: "https://example.org/2022", grade: "B", eventDate: "2022-05-09" } });
    expect(report.commitments[0].cells.UZ).toMatchObject({ status: "NOT_ASSESSED", progress: 0, evidence: null });
    expect(report.summary).toMatchObject({ commitments: 2, rows: 4, completed: 0, averageProgress: 40 });
    expect(report.byCountry).toEqual([
      { key: "KZ", counts: { IN_PROGRESS: 1, NOT_ASSESSED: 1 }, total: 2 },
      { key: "UZ", counts: { NOT_ASSESSED: 2 }, total: 2 },
    ]);
    expect(report.changes).toBeNull();
  });

  it("lists the changes after the 'since' day up to the as-of day, internal notes only when asked", async () => {
    const report = await getStatusReport(params({ asOf: "2024-06-30", since: "2022-05-10" }));
    expect(report.commitments[0].cells.KZ).toMatchObject({ status: "COMPLETED", progress: 100 });
    expect(report.changes).toEqual([expect.objectContaining({ status: "COMPLETED", author: "Reporting Analyst", at: "2024-02-01T08:00:00.000Z" })]);
    expect(report.changes![0]).not.toHaveProperty("internalNote");
    const internal = await getStatusReport(params({ asOf: "2024-06-30", since: "2022-05-09", internal: true }));
    expect(internal.changesTotal).toBe(2);
    expect(internal.changes![0].internalNote).toBe("Desk only");
  });
});

describe("report downloads", () => {
  const request = (path: string, query: string) => new NextRequest(`http://localhost${path}?${query}`);

  it("need a session", async () => {
    user = null;
    expect((await getPdf(request("/api/reports/pdf", ""))).status).toBe(401);
    expect((await getXlsx(request("/api/reports/xlsx", ""))).status).toBe(401);
  });

  it("PDF: in the UI language, with the CJK font embedded", async () => {
    user = { ...analyst, role: "VIEWER" };
    const response = await getPdf(request("/api/reports/pdf", `area=${areaSlug}&asOf=2024-06-30&since=2022-01-01`));
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="followthrough-status-report-2024-06-30.pdf"');
    const pdf = Buffer.from(await response.arrayBuffer());
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(pdf.toString("latin1")).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansSC-Regular/);
    expect(pdf.toString("latin1")).toContain("/FontFile2");
  }, 30_000);

  it("XLSX: summary, rows as of the date and the changes; a viewer's request for internal notes is ignored", async () => {
    user = { ...analyst, role: "VIEWER" };
    const response = await getXlsx(request("/api/reports/xlsx", `area=${areaSlug}&asOf=2024-06-30&since=2022-01-01&internal=1`));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await response.arrayBuffer()) as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["概要", "截至日期状态", "变化"]);
    const rows = workbook.worksheets[1];
    expect(rows.rowCount).toBe(5);
    expect(rows.getRow(2).values).toEqual(expect.arrayContaining([commitments[0].code, "哈萨克斯坦", "已完成", 100]));
    const changes = workbook.worksheets[2];
    expect(changes.rowCount).toBe(3);
    expect(changes.getRow(1).values).not.toContain("internal_note");
  }, 30_000);
});
