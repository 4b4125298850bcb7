// Saving a reviewed draft against a real PostgreSQL: exact-offset quotes, a tracking row per party,
// links and audit entries in one transaction; a refusal after partial writes leaves nothing behind.
import fs from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { loadAllSourceDocuments, loadReferenceData } from "@/lib/documents/load-source";
import { upsertReferenceData, upsertSourceDocument } from "@/lib/documents/mutations";
import { createTestUser, unique } from "@/lib/test/fixtures";
import { getDraft } from "./data";
import { analysisOf, changeDraft, createDraft, saveDraft } from "./mutations";
import { applyItemOp, reviewItems } from "./review";

const raw = fs.readFileSync("prisma/data/samples/zh-short-statement.txt", "utf8");
let admin: { id: string; email: string };

beforeAll(async () => {
  const reference = loadReferenceData();
  await upsertReferenceData(reference);
  const c2020 = loadAllSourceDocuments(undefined, reference).find((d) => d.document.codePrefix === "C5-2020")!;
  await upsertSourceDocument(c2020);
  admin = await createTestUser("ADMIN");
});

async function reviewedDraft(links: string[]) {
  const prefix = `IT-${unique()}`;
  const created = await createDraft(
    {
      titleZh: "“中国+中亚五国”测试联合声明", titleEn: "Test joint statement", date: "2026-01-10", type: "joint_statement",
      formatZh: "外长会晤", formatEn: "ministerial meeting", venueZh: "西安", venueEn: "Xi'an", language: "zh",
      parties: ["CN", "KZ", "KG", "TJ", "TM", "UZ"], codePrefix: prefix, sourceUrl: null, sourcePublisher: null,
      text: raw, sourceName: "zh-short-statement.txt",
    },
    admin, "127.0.0.1",
  );
  if (!created.ok) throw new Error(created.reason);
  const id = created.id!;
  const accept = async (pick: (quote: string) => boolean, extra: { links?: string[] } = {}) => {
    const draft = (await getDraft(id))!;
    const items = reviewItems(analysisOf(draft.rawText, draft.state), draft.state);
    const item = items.find((i) => pick(i.quote))!;
    const op = { draftId: id, version: draft.version, itemId: item.id, op: "accept" as const, titleEn: `Item ${item.quote.slice(0, 8)}`, translation: "(reviewed translation)", ...extra };
    const result = await changeDraft(id, draft.version, (state) => applyItemOp(state, items, op), { op: "accept" }, admin, null);
    expect(result.ok).toBe(true);
  };
  await accept((q) => q.includes("快捷通道"), { links });
  await accept((q) => q.includes("部长级会晤机制"));
  return { id, prefix };
}

describe("saving a reviewed draft", () => {
  it("creates the document, exact-offset commitments, tracking rows, links and audit entries, and removes the draft", async () => {
    const { id, prefix } = await reviewedDraft(["C5-2020-3.3c:reaffirms"]);
    const { version } = (await getDraft(id))!;
    const result = await saveDraft(id, version, admin, "127.0.0.1");
    expect(result).toMatchObject({ ok: true });

    const rows = await db().$queryRaw<{ code: string; quote: string; stored: string; recurrence: string | null }[]>`
      SELECT c.code, c.quote, c.recurrence::text AS recurrence,
        substring(d.full_text from c.start_offset + 1 for c.end_offset - c.start_offset) AS stored
      FROM commitment c JOIN document d ON d.id = c.document_id WHERE d.code_prefix = ${prefix} ORDER BY c.code`;
    expect(rows.map((r) => r.code)).toEqual([`${prefix}-1.1`, `${prefix}-2.1`]);
    expect(rows.every((r) => r.stored === r.quote)).toBe(true);
    expect(rows[0].quote).toBe("中方致力于建立便利人员往来的“快捷通道”");
    expect(rows[1].recurrence).toBe("ANNUAL");

    const document = await db().document.findUniqueOrThrow({ where: { codePrefix: prefix }, include: { commitments: { include: { trackings: true, linksFrom: { include: { to: true } } } } } });
    expect(document.fullText).not.toContain("免责声明");
    expect(document.rawText).toContain("免责声明");
    for (const c of document.commitments) expect(c.trackings.map((t) => t.countryCode).sort()).toEqual(["CN", "KG", "KZ", "TJ", "TM", "UZ"]);
    expect(document.commitments.flatMap((c) => c.linksFrom.map((l) => [l.type, l.to.code]))).toEqual([["REAFFIRMS", "C5-2020-3.3c"]]);

    const ids = [document.id, ...document.commitments.map((c) => c.id), id];
    const audit = await db().auditLog.findMany({ where: { entityId: { in: ids } }, orderBy: { id: "asc" } });
    expect(audit.filter((a) => a.actorId === admin.id).map((a) => a.action)).toEqual(
      expect.arrayContaining(["document.import", "commitment.import", "commitment.import", "link.create", "import_draft.save"]),
    );
    expect(await db().importDraft.findUnique({ where: { id } })).toBeNull();
  });

  it("rolls everything back when a link target is gone, and keeps the draft as it was", async () => {
    const { id, prefix } = await reviewedDraft(["C5-1999-1.1:reaffirms"]);
    const before = (await getDraft(id))!;
    const auditBefore = await db().auditLog.count();
    const result = await saveDraft(id, before.version, admin, null);
    expect(result).toEqual({ ok: false, reason: "unknownTarget", detail: "C5-1999-1.1" });
    expect(await db().document.findUnique({ where: { codePrefix: prefix } })).toBeNull();
    expect(await db().commitment.count({ where: { code: { startsWith: `${prefix}-` } } })).toBe(0);
    expect(await db().auditLog.count()).toBe(auditBefore);
    const after = (await getDraft(id))!;
    expect(after.version).toBe(before.version);
    expect(after.state).toEqual(before.state);
  });

  it("refuses a stale version without changing the draft", async () => {
    const { id } = await reviewedDraft([]);
    const draft = (await getDraft(id))!;
    expect(await saveDraft(id, draft.version - 1, admin, null)).toEqual({ ok: false, reason: "stale", detail: undefined });
    expect((await getDraft(id))!.version).toBe(draft.version);
  });
});
