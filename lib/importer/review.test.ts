import { describe, expect, it } from "vitest";
import { analyse } from "./analyse";
import { applyItemOp, reviewItems } from "./review";
import { draftStateSchema, itemOpSchema, type DraftState } from "./schema";
import { toSourceDocument, verifyQuotes } from "./to-source";

const raw = "测试声明\n\n一、中方致力于建立“快捷通道”,畅通“绿色通道”。各方决定建立部长级会晤机制,研究成立常设秘书处。";
const meta = { titleZh: "测试声明", titleEn: "Test", date: "2026-01-10", type: "joint_statement", formatZh: "会晤", formatEn: "meeting", venueZh: "西安", venueEn: "Xi'an", language: "zh", parties: ["CN", "KZ"], codePrefix: "T-1" };
const start = (): DraftState => draftStateSchema.parse({ meta });
const run = (state: DraftState, op: Record<string, unknown>, pick: string) => {
  const items = reviewItems(analyse({ raw, language: "zh", titles: ["测试声明"], parties: ["CN", "KZ"], date: "2026-01-10" }), state);
  const item = items.find((i) => i.quote.startsWith(pick) && i.review.status !== "merged")!;
  return { items, result: applyItemOp(state, items, itemOpSchema.parse({ draftId: "d", version: 1, itemId: item.id, ...op })) };
};
const ok = (r: ReturnType<typeof run>["result"]) => (r.ok ? r.state : expect.fail(r.reason));

describe("reviewing proposals", () => {
  it("refuses to accept without both titles and a translation", () => {
    expect(run(start(), { op: "accept" }, "中方").result).toEqual({ ok: false, reason: "incomplete" });
    expect(run(start(), { op: "accept", committing: ["US"] }, "中方").result).toEqual({ ok: false, reason: "notAParty" });
  });

  it("merges with the next proposal of the sentence, and splits at a character", () => {
    const merged = ok(run(start(), { op: "merge" }, "中方").result);
    expect(run(merged, { op: "save" }, "中方").items.filter((i) => i.review.status !== "merged").map((i) => i.quote)).toContain("中方致力于建立“快捷通道”,畅通“绿色通道”");
    const split = ok(run(start(), { op: "split", splitAt: 14 }, "各方决定").result);
    expect(run(split, { op: "save" }, "各方决定").items.map((i) => i.quote)).toEqual(expect.arrayContaining(["各方决定建立部长级会晤机制", "研究成立常设秘书处"]));
  });

  it("turns accepted proposals into coded commitments whose quotes are the stored text at their offsets", () => {
    let state = ok(run(start(), { op: "accept", titleEn: "Fast lanes", translation: "China commits to fast lanes.", links: ["C5-2020-3.3c:reaffirms"] }, "中方").result);
    state = ok(run(state, { op: "accept", titleEn: "Green lanes", translation: "(China) keeps green lanes open." }, "畅通").result);
    const analysis = analyse({ raw, language: "zh", titles: ["测试声明"], parties: ["CN", "KZ"], date: "2026-01-10" });
    const doc = toSourceDocument(analysis, state, reviewItems(analysis, state), { slug: "t-1", publisher: "p", originalPublisher: "p", rawFile: "x" });
    expect(doc.commitments.map((c) => [c.code, c.quote, c.committing.join()])).toEqual([
      ["T-1-1.1a", "中方致力于建立“快捷通道”", "CN"], ["T-1-1.1b", "畅通“绿色通道”", "CN"],
    ]);
    expect(doc.commitments[0].links).toEqual([{ target: "C5-2020-3.3c", type: "reaffirms" }]);
    expect(verifyQuotes(doc)).toEqual([]);
    for (const c of doc.commitments) expect(doc.text.slice(c.start, c.end)).toBe(c.quote);
    expect(doc.sections[1].paragraphs[0].sentences.map((s) => s.kind)).toEqual(["commitment", "position"]);
  });
});
