import { describe, expect, it } from "vitest";
import { findDebris, keptLines } from "./debris";
import { htmlToText } from "./html-to-text";
import { sentenceSpans } from "./sentences";
import { buildStructure, sectionHeading } from "./structure";

const split = (text: string, language: string) => sentenceSpans(text, 0, text.length, language).map((s) => text.slice(s.start, s.end));

describe("debris detection", () => {
  const page = [
    "首页 > 新闻 > 外交", "另一篇文章的标题", "测试联合声明", "发布时间:2026-01-10  来源:示例网站  字体大小[ ]", "测试联合声明",
    "  各方愿进一步加强在卫生健康领域的合作,共同应对挑战。", "中国公共新闻网摘编", "【免责声明】本网转载仅供参考。", "电话:010-12345678 QQ:3555333776",
    "点击查看更多评论>>发表感言:", "Share | Print", "© 2026 Example News. All rights reserved.",
  ].join("\n");
  const lines = findDebris(page, ["测试联合声明"]);
  const reasons = Object.fromEntries(lines.map((l) => [l.text, l.debris?.rule ?? "kept"]));

  it("sets aside each kind of page debris with its reason, and keeps the statement", () => {
    expect(reasons).toMatchObject({
      "首页 > 新闻 > 外交": "navigation", 另一篇文章的标题: "headline", "发布时间:2026-01-10  来源:示例网站  字体大小[ ]": "meta",
      中国公共新闻网摘编: "credit", "【免责声明】本网转载仅供参考。": "disclaimer", "电话:010-12345678 QQ:3555333776": "contact",
      "点击查看更多评论>>发表感言:": "comments", "Share | Print": "share", "© 2026 Example News. All rights reserved.": "copyright",
    });
    expect(keptLines(lines).map((l) => l.text)).toEqual(["测试联合声明", "各方愿进一步加强在卫生健康领域的合作,共同应对挑战。"]);
    expect(lines.filter((l) => l.text === "测试联合声明").map((l) => l.debris?.rule ?? "kept")).toEqual(["duplicateTitle", "kept"]);
  });

  it("keeps a restored line, with its original reason shown", () => {
    const headline = lines.find((l) => l.text === "另一篇文章的标题")!;
    const restored = findDebris(page, ["测试联合声明"], new Set([headline.index]));
    expect(restored[headline.index]).toMatchObject({ restored: true, debris: { rule: "headline" } });
    expect(keptLines(restored).map((l) => l.text)).toContain("另一篇文章的标题");
  });

  it("records offsets of the trimmed line in the received text", () => {
    const body = lines.find((l) => l.text.startsWith("各方愿"))!;
    expect(page.slice(body.start, body.end)).toBe(body.text);
  });
});

describe("HTML upload", () => {
  it("keeps the text, drops scripts, styles and comments, and decodes entities", () => {
    const html = `<html><head><title>x</title><script>alert(1)</script></head><body><nav>首页</nav><p>各方&ldquo;快捷通道&rdquo;&amp;合作。</p><style>p{}</style><!-- hidden --><p onclick="x()">Second&#33;</p><script src="a.js"></script></body></html>`;
    const text = htmlToText(html);
    expect(text).toBe("首页\n\n各方“快捷通道”&合作。\n\nSecond!");
    expect(text).not.toMatch(/alert|script|onclick|hidden/);
  });
});

describe("sentence splitting", () => {
  it("splits Chinese at full-width ends and keeps quoted names whole", () => {
    expect(split("中方致力于建立“快捷通道”,畅通“绿色通道”。各方愿合作！是否继续？各方商定；每年举行。", "zh")).toEqual([
      "中方致力于建立“快捷通道”,畅通“绿色通道”。", "各方愿合作！", "是否继续？", "各方商定；", "每年举行。",
    ]);
  });

  it("ends a quoted sentence at its closing mark, not inside it", () => {
    expect(split("他说:“我们同意。”各方欢迎。", "zh")).toEqual(["他说:“我们同意。”", "各方欢迎。"]);
  });

  it("splits English with care for abbreviations, initials, numbers and quoted names", () => {
    expect(split('Trade reached USD 94.8 billion, e.g. in Jan. 2025. Mr. K. Tokayev spoke at the U.N. General Assembly. The "fast lanes. Green" stay open! Will they? Yes.', "en")).toEqual([
      "Trade reached USD 94.8 billion, e.g. in Jan. 2025.", "Mr. K. Tokayev spoke at the U.N. General Assembly.", 'The "fast lanes. Green" stay open!', "Will they?", "Yes.",
    ]);
  });
});

describe("structure", () => {
  it("recognises numbered headings in both languages", () => {
    expect(sectionHeading("三、各方愿")?.label).toEqual({ zh: "三", en: "III" });
    expect(sectionHeading("十二、各方")?.number).toBe(12);
    expect(sectionHeading("2. The Parties")?.marker).toBe("2. ");
    expect(sectionHeading("IV. Security")?.label.en).toBe("IV");
    expect(sectionHeading("2020年7月16日")).toBeNull();
  });

  it("builds title, preamble and numbered sections, with the heading outside every sentence", () => {
    const text = "标题\n\n各方声明如下:\n\n一、各方决定建立机制。各方商定每年举行。\n\n各方将合作。";
    const sections = buildStructure(text, "zh", ["标题"]);
    expect(sections.map((s) => [s.key, s.paragraphs.map((p) => p.key)])).toEqual([["title", ["0.0"]], ["preamble", ["0.1"]], ["1", ["1.1", "1.2"]]]);
    const first = sections[2].paragraphs[0].sentences;
    expect(first.map((s) => s.text)).toEqual(["各方决定建立机制。", "各方商定每年举行。"]);
    expect(first[0].start).toBe(text.indexOf("各方决定"));
  });

  it("applies the admin's fixes: merge with next, split at a character", () => {
    const text = "各方决定建立机制。各方商定每年举行。";
    const sentences = (edits: { joins: number[]; breaks: number[] }) => buildStructure(text, "zh", [], edits)[0].paragraphs[0].sentences.map((s) => s.text);
    expect(sentences({ joins: [9], breaks: [] })).toEqual([text]);
    expect(sentences({ joins: [], breaks: [4] })).toEqual(["各方决定", "建立机制。", "各方商定每年举行。"]);
  });
});
