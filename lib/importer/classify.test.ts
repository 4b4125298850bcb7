import { describe, expect, it } from "vitest";
import { classifySentence } from "./classify";
import { hanBigrams, jaccard, suggestLinks } from "./similarity";

const parties = ["CN", "KZ", "KG", "TJ", "TM", "UZ"];
const classify = (text: string, language = "zh", sectionKey = "1") => classifySentence({ key: "1.1.1", start: 100, text, sectionKey }, { language, parties, date: "2023-05-19" });

describe("sentence kind and modality", () => {
  it.each([
    ["各方决定建立外长会晤机制。", "decided", "决定"], ["各方商定,会晤原则上每年举行一次。", "agreed", "商定"], ["各方将积极拓展数字合作。", "will", "将"],
    ["各方认为应进一步扩大贸易规模。", "shall", "认为应"], ["中方致力于建立“快捷通道”。", "commits", "致力于"], ["各方愿加强卫生合作。", "willing", "愿"],
    ["各方坚定支持阿富汗和平进程。", "supports", "坚定支持"], ["中方欢迎并支持中亚农产品出口。", "supports", "欢迎并支持"],
    ["The Parties decided to establish a secretariat.", "decided", "decided to", "en"], ["The Parties agreed to meet annually.", "agreed", "agreed to", "en"],
    ["China will send medical teams.", "will", "will", "en"], ["They shall strengthen cooperation.", "shall", "shall", "en"],
    ["The Chinese side is committed to keeping the lanes open.", "commits", "is committed to", "en"], ["The Parties are ready to deepen cooperation.", "willing", "are ready to", "en"],
    ["The Parties support the railway project.", "supports", "support", "en"],
  ])("%s → %s (%s)", (text, strength, cue, language = "zh") => {
    const result = classify(text, language);
    expect(result.kind).toBe("commitment");
    expect(result.commitments[0]).toMatchObject({ strength, cue });
  });

  it.each([
    ["各方一致认为,发展符合共同利益。", "zh.pos.view"], ["各方保持联通具有重要意义。", "zh.pos.significance"], ["各方强烈谴责恐怖主义。", "zh.pos.condemn"],
    ["各方欢迎二十国集团的缓债倡议。", "zh.pos.welcome"], ["各方指出,应对疫情不应有歧视。", "zh.pos.view"], ["The Parties note that trade grew.", "en.pos.view"],
  ])("%s is a position (%s), not a commitment: 应对 and 不应 are no cues", (text, rule) => {
    const result = classify(text, /^[A-Z]/.test(text) ? "en" : "zh");
    expect(result).toMatchObject({ kind: "position", reasons: [{ rule }] });
  });

  it("finds the context: the title, the meeting, the lead-in", () => {
    expect(classify("测试联合声明", "zh", "title").kind).toBe("context");
    expect(classify("2020年7月16日,各方举行视频会议。", "zh", "preamble").kind).toBe("context");
    expect(classify("各方交换意见,声明如下:", "zh", "preamble").kind).toBe("context");
  });
});

describe("parties, area and recurrence", () => {
  it("reads who commits from the subject", () => {
    expect(classify("中方愿帮助中亚国家提升农业生产能力。").commitments[0]).toMatchObject({ committing: ["CN"], beneficiaries: ["KZ", "KG", "TJ", "TM", "UZ"], area: "agriculture" });
    expect(classify("各方愿加强安全合作。").commitments[0].committing).toEqual(parties);
    expect(classify("The Central Asian States will simplify transit procedures.", "en").commitments[0].committing).toEqual(["KZ", "KG", "TJ", "TM", "UZ"]);
    expect(classify("Kazakhstan will host the next meeting.", "en").commitments[0].committing).toEqual(["KZ"]);
  });

  it("proposes an annual or biennial recurrence with the next period and the qualifier as note", () => {
    const annual = classify("各方商定,外长会晤原则上每年举行一次,亦可视形势需要采取灵活方式办会。").commitments[0];
    expect(annual.recurrence).toEqual({ frequency: "annual", firstPeriod: "2024", note: "原则上每年举行一次,亦可视形势需要采取灵活方式办会" });
    expect(classify("峰会每两年举办一次,双方轮流举办。").commitments[0]).toMatchObject({ strength: "agreed", recurrence: { frequency: "biennial", firstPeriod: "2025" } });
    expect(classify("The Parties agreed to hold the council every two years.", "en").commitments[0].recurrence?.frequency).toBe("biennial");
  });
});

describe("splitting a sentence into undertakings", () => {
  it("splits two objects joined by 畅通… into two commitments quoting each clause", () => {
    const { commitments } = classify("中方致力于同中亚国家建立便利商务人员往来的“快捷通道”,畅通简化货物跨境流动的“绿色通道”。");
    expect(commitments.map((c) => c.quote)).toEqual(["中方致力于同中亚国家建立便利商务人员往来的“快捷通道”", "畅通简化货物跨境流动的“绿色通道”"]);
    expect(commitments.every((c) => c.strength === "commits" && c.committing.join() === "CN")).toBe(true);
    expect(commitments[1].reasons.map((r) => r.rule)).toContain("split.opens-undertaking");
  });

  it("splits at a new modal, one commitment per listed field, and leaves a purpose clause out of the quote", () => {
    expect(classify("各方坚定支持阿富汗和平进程,愿为阿富汗重建发挥建设性作用。").commitments.map((c) => c.strength)).toEqual(["supports", "willing"]);
    expect(classify("各方愿加强在疫情防控、疫苗研发、传统医学等领域合作。").commitments.map((c) => c.field)).toEqual(["疫情防控", "疫苗研发", "传统医学"]);
    expect(classify("着眼于扩大合作,各方决定建立外长会晤机制。").commitments.map((c) => c.quote)).toEqual(["各方决定建立外长会晤机制"]);
    expect(classify("The Parties will build a railway, and establish a logistics centre.", "en").commitments).toHaveLength(2);
  });
});

describe("suggested links", () => {
  it("scores character bigrams and proposes upgrades for stronger wording", () => {
    expect(jaccard(hanBigrams("外长会晤机制"), hanBigrams("外长会晤机制"))).toBe(1);
    const earlier = { code: "C5-2020-6.1a", titleZh: "建立外长会晤机制", titleEn: "Establish the foreign ministers' meeting mechanism", quote: "各方决定建立外长会晤机制", translationEn: "", strength: "willing" as const, recurrence: null };
    const [suggestion] = suggestLinks({ quote: "各方决定建立外长会晤机制", titleZh: "", titleEn: "", translation: "", strength: "decided", recurrence: null }, [earlier]);
    expect(suggestion).toMatchObject({ code: "C5-2020-6.1a", type: "upgrades" });
    expect(suggestLinks({ quote: "各方愿加强农业合作", titleZh: "", titleEn: "", translation: "", strength: "willing", recurrence: null }, [earlier])).toEqual([]);
  });
});
