import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import ExcelJS from "exceljs";
import { createTranslator } from "next-intl";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { CurrentUser } from "@/lib/auth/session";
import { parseCommitmentFilter } from "@/lib/commitments/schema";
import { db } from "@/lib/db";
import { loadMessages } from "@/lib/i18n/messages";
import { createExport } from "@/lib/reports/export";
import { reportTranslator } from "@/lib/reports/translator";
import { createTestUser, createTrackedCommitments } from "@/lib/test/fixtures";
import { recordStatusUpdate } from "@/lib/updates/mutations";
import { importUpdatesAction, type ImportState } from "./actions";

let messages: Record<string, unknown>;
let user: CurrentUser | null = null;
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => user }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": "192.0.2.1" }) }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("next-intl/server", () => ({ getTranslations: async (namespace?: string) => createTranslator({ locale: "en", messages, namespace }) }));

let analyst: CurrentUser;
beforeAll(async () => {
  messages = await loadMessages("en");
  analyst = { ...(await createTestUser("ANALYST", "Importing Analyst")), role: "ANALYST" };
});
beforeEach(() => {
  user = analyst;
});
afterAll(async () => {
  await db().$disconnect();
});

/** A fixture document with two commitments tracked in KZ and UZ, one update logged, and its CSV export. */
async function exported(format: "csv" | "xlsx" = "csv") {
  const fixture = await createTrackedCommitments({ count: 2, countries: ["KZ", "UZ"] });
  const [first] = fixture.commitments;
  await recordStatusUpdate(
    { commitmentId: first.id, countries: [{ code: "KZ", version: 1 }], status: "IN_PROGRESS", progress: 40, complianceScore: 0, note: "Met.", internalNote: null, evidence: [] },
    analyst, null,
  );
  const { t } = await reportTranslator("en");
  const file = await createExport({ filter: parseCommitmentFilter({ area: fixture.areaSlug }), format, set: "commitments", internal: false }, { t });
  const chunks: Buffer[] = [];
  for await (const chunk of file.stream) chunks.push(Buffer.from(chunk));
  return { fixture, bytes: Buffer.concat(chunks), filename: file.filename };
}

async function submit(bytes: Buffer, name: string, intent: "preview" | "apply", extra: Record<string, string> = {}): Promise<ImportState> {
  const form = new FormData();
  form.set("file", new File([new Uint8Array(bytes)], name));
  form.set("intent", intent);
  for (const [key, value] of Object.entries(extra)) form.set(key, value);
  return importUpdatesAction({}, form);
}

async function previewThenApply(bytes: Buffer, name: string, extra: Record<string, string> = {}) {
  const preview = await submit(bytes, name, "preview");
  const applied = await submit(bytes, name, "apply", { previewHash: preview.hash ?? "", ...extra });
  return { preview, applied };
}

const editCsv = (bytes: Buffer, edit: (rows: string[][]) => void) => {
  const rows = parse(bytes, { bom: true }) as string[][];
  edit(rows);
  return Buffer.from(stringify(rows, { bom: true }));
};
const updatesOf = (commitmentIds: string[]) => db().statusUpdate.count({ where: { commitmentId: { in: commitmentIds } } });

describe("import of status updates", () => {
  it("round trip: an unedited CSV export comes back as no changes, and nothing is written", async () => {
    const { fixture, bytes, filename } = await exported();
    const ids = fixture.commitments.map((c) => c.id);
    const before = await updatesOf(ids);
    const { preview, applied } = await previewThenApply(bytes, filename);
    expect(preview.preview?.counts).toEqual({ update: 0, unchanged: 4, error: 0 });
    expect(applied).toMatchObject({ ok: true, message: expect.stringContaining("No changes") });
    expect(await updatesOf(ids)).toBe(before);
  });

  it("round trip: the XLSX export (summary sheet first) comes back as no changes", async () => {
    const { bytes, filename } = await exported("xlsx");
    expect(filename).toMatch(/\.xlsx$/);
    const state = await submit(bytes, filename, "preview");
    expect(state.preview?.counts).toEqual({ update: 0, unchanged: 4, error: 0 });
  });

  it("applies edited rows in one transaction with the form's audit entries, plus one for the import", async () => {
    const { fixture, bytes } = await exported();
    const edited = editCsv(bytes, (rows) => {
      const header = rows[0];
      const uz = rows.findIndex((row) => row[0] === fixture.commitments[1].code && row[header.indexOf("country")] === "UZ");
      rows[uz][header.indexOf("status")] = "completed";
      rows[uz][header.indexOf("progress")] = "";
    });
    const { preview, applied } = await previewThenApply(edited, "edited.csv");
    expect(preview.preview?.counts).toEqual({ update: 1, unchanged: 3, error: 0 });
    expect(applied).toMatchObject({ ok: true, applied: 1 });
    const tracking = await db().tracking.findUniqueOrThrow({ where: { id: fixture.commitments[1].tracking.UZ.id } });
    expect(tracking).toMatchObject({ status: "COMPLETED", progress: 100, complianceScore: 1, version: 2 });
    const audit = await db().auditLog.findMany({ where: { OR: [{ entityId: tracking.id }, { action: "import.apply", actorId: analyst.id }] }, orderBy: { id: "asc" } });
    expect(audit.map((entry) => entry.action)).toEqual(expect.arrayContaining(["tracking.update", "import.apply"]));
    expect(audit.find((entry) => entry.action === "tracking.update")).toMatchObject({ actorId: analyst.id, ip: "192.0.2.1" });
  });

  it("applies nothing while a row is in error, shows the row's reason, and applies the valid rows only when asked", async () => {
    const { fixture, bytes } = await exported();
    const ids = fixture.commitments.map((c) => c.id);
    const edited = editCsv(bytes, (rows) => {
      const status = rows[0].indexOf("status");
      rows[1][status] = "SUBSTANTIAL";
      rows[2][status] = "DONE";
    });
    const before = await updatesOf(ids);
    const { preview, applied } = await previewThenApply(edited, "edited.csv");
    expect(preview.preview?.counts).toEqual({ update: 1, unchanged: 2, error: 1 });
    const bad = preview.preview?.rows.find((row) => row.outcome === "error");
    expect(bad).toMatchObject({ line: 3, issues: [{ key: "status", values: { value: "DONE", column: "status" } }] });
    expect(applied).toMatchObject({ ok: false, message: expect.stringContaining("Nothing was applied: 1 row has an error") });
    expect(await updatesOf(ids)).toBe(before);
    const validOnly = await submit(edited, "edited.csv", "apply", { previewHash: preview.hash!, applyValidOnly: "1" });
    expect(validOnly).toMatchObject({ ok: true, applied: 1 });
    expect(await updatesOf(ids)).toBe(before + 1);
  });

  it("refuses a row someone changed since the export, and keeps the newer state of rows left as they were", async () => {
    const { fixture, bytes } = await exported();
    const [first, second] = fixture.commitments;
    for (const c of [first, second]) {
      const version = (await db().tracking.findUniqueOrThrow({ where: { id: c.tracking.UZ.id } })).version;
      await recordStatusUpdate({ commitmentId: c.id, countries: [{ code: "UZ", version }], status: "STALLED", progress: 10, complianceScore: -1, note: null, internalNote: null, evidence: [] }, analyst, null);
    }
    const edited = editCsv(bytes, (rows) => {
      const row = rows.findIndex((r) => r[0] === second.code && r[rows[0].indexOf("country")] === "UZ");
      rows[row][rows[0].indexOf("status")] = "COMPLETED";
    });
    const state = await submit(edited, "edited.csv", "preview");
    const rows = state.preview!.rows;
    expect(rows.find((r) => r.code === second.code && r.country === "UZ")).toMatchObject({ outcome: "error", issues: [{ key: "stale", values: expect.objectContaining({ by: "Importing Analyst" }) }] });
    expect(rows.find((r) => r.code === first.code && r.country === "UZ")).toMatchObject({ outcome: "unchanged", issues: [{ key: "keptNewer" }] });
  });

  it("refuses what is not our file: wrong type, renamed workbook, missing columns, too large, unknown rows", async () => {
    const { bytes } = await exported();
    expect((await submit(Buffer.from("a,b"), "notes.txt", "preview")).errors?.file?.[0]).toContain("neither a .csv nor an .xlsx");
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("x").addRow(["code"]);
    const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
    expect((await submit(xlsx, "renamed.csv", "preview")).message).toContain("not a text file");
    expect((await submit(bytes, "renamed.xlsx", "preview")).message).toContain("not an Excel workbook");
    expect((await submit(xlsx, "book.xlsx", "preview")).message).toContain("lacks the columns");
    expect((await submit(Buffer.from("code,country\nX,KZ\n"), "short.csv", "preview")).message).toContain("status, progress, compliance_score, version");
    expect((await submit(Buffer.alloc(5 * 1024 * 1024 + 1, 0x41), "big.csv", "preview")).message).toContain("larger than 5 MB");
    expect((await submit(Buffer.from([0xff, 0xfe, 0x41]), "latin.csv", "preview")).message).toContain("UTF-8");
    const unknown = Buffer.from("code,country,status,progress,compliance_score,version\nNOPE-1.1,KZ,COMPLETED,,,1\nNOPE-1.1,KZ,DONE,120,2,x\n");
    const rows = (await submit(unknown, "unknown.csv", "preview")).preview!.rows;
    expect(rows.find((row) => row.line === 2)?.issues).toEqual([{ key: "unknownCode", values: { code: "NOPE-1.1" } }]);
    expect(rows.find((row) => row.line === 3)?.issues.map((i) => i.key).sort()).toEqual(["progress", "score", "status", "version"]);
  });

  it("is for analysts: a viewer's upload is refused before the file is read", async () => {
    const { bytes, filename } = await exported();
    user = { ...analyst, role: "VIEWER" };
    expect(await submit(bytes, filename, "preview")).toMatchObject({ ok: false, message: "Your role does not allow this." });
    user = null;
    expect(await submit(bytes, filename, "preview")).toMatchObject({ ok: false, message: expect.stringContaining("session has ended") });
  });
});

describe("control characters in the cells of an upload", () => {
  const withNote = (rows: string[][]) => rows.forEach((row, i) => row.push(i === 0 ? "note" : ""));

  it("names the row and column of a NUL byte or control character (CSV), and applies none of them", async () => {
    const { fixture, bytes } = await exported();
    const ids = fixture.commitments.map((c) => c.id);
    const edited = editCsv(bytes, (rows) => {
      withNote(rows);
      const [header] = rows;
      rows[1][header.indexOf("status")] = "SUBSTANTIAL";
      rows[2][header.indexOf("status")] = "COMPLETED";
      rows[2][header.indexOf("note")] = "Met in\u0000Astana";
      rows[3][header.indexOf("country")] = `${rows[3][header.indexOf("country")]}\u0007`;
      rows[3][header.indexOf("note")] = "\u001b[31mred";
    });
    const before = { updates: await updatesOf(ids), audit: await db().auditLog.count() };
    const { preview, applied } = await previewThenApply(edited, "edited.csv");
    expect(preview.preview?.counts).toEqual({ update: 1, unchanged: 1, error: 2 });
    const errors = preview.preview!.rows.filter((row) => row.outcome === "error");
    expect(errors).toEqual([
      expect.objectContaining({ line: 3, issues: [{ key: "controlCharacter", values: { columns: "note" } }] }),
      expect.objectContaining({ line: 4, country: expect.stringContaining("\uFFFD"), issues: [{ key: "controlCharacter", values: { columns: "country, note" } }] }),
    ]);
    const message = (await reportTranslator("en")).t("imports.row.controlCharacter", errors[1].issues[0].values);
    expect(message).toBe("Column country, note holds a control character (such as a NUL byte) that cannot be stored. Remove it and upload the file again.");
    expect(applied).toMatchObject({ ok: false, message: expect.stringContaining("Nothing was applied: 2 rows have errors") });
    expect({ updates: await updatesOf(ids), audit: await db().auditLog.count() }).toEqual(before);

    const validOnly = await submit(edited, "edited.csv", "apply", { previewHash: preview.hash!, applyValidOnly: "1" });
    expect(validOnly).toMatchObject({ ok: true, applied: 1 });
    expect(await updatesOf(ids)).toBe(before.updates + 1);
  });

  it("reads a workbook's _xHHHH_ escapes as the characters they stand for, and names a control character they hide", async () => {
    const { fixture } = await exported();
    const [first] = fixture.commitments;
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("updates");
    sheet.addRow(["code", "country", "status", "progress", "compliance_score", "version", "note"]);
    sheet.addRow([first.code, "KZ", "COMPLETED", "", "", "2", "Met_x0000_in Astana"]);
    sheet.addRow([first.code, "UZ", "COMPLETED", "", "", "1", "Plan_x005F_x0041_ kept"]);
    const state = await submit(Buffer.from(await workbook.xlsx.writeBuffer()), "updates.xlsx", "preview");
    expect(state.preview?.rows.find((row) => row.line === 2)).toMatchObject({ outcome: "error", issues: [{ key: "controlCharacter", values: { columns: "note" } }] });
    expect(state.preview?.rows.find((row) => row.line === 3)).toMatchObject({ outcome: "update", note: "Plan_x0041_ kept" });
  });
});
