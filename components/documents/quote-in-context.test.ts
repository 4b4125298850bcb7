import { createElement as h } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { NextIntlClientProvider } from "next-intl";
import { describe, expect, it } from "vitest";
import { loadMessages } from "@/lib/i18n/messages";
import { QuoteInContext, type QuoteInContextProps } from "./quote-in-context";

const sentences: QuoteInContextProps["sentences"] = [
  { key: "3.3.1", kind: "COMMITMENT", startOffset: 735, endOffset: 765, text: "各方认为应进一步扩大贸易规模,优化贸易结构,深化投融资合作。" },
  { key: "3.3.2", kind: "COMMITMENT", startOffset: 765, endOffset: 818, text: "中方致力于同中亚国家建立便利商务人员和生产技术人员往来的“快捷通道”,畅通简化货物跨境流动的“绿色通道”。" },
];

async function render(props: QuoteInContextProps) {
  const messages = await loadMessages("en");
  return renderToStaticMarkup(h(NextIntlClientProvider, { locale: "en", messages, timeZone: "UTC", children: h(QuoteInContext, props) }));
}

describe("QuoteInContext", () => {
  it("highlights exactly the quoted characters inside the whole paragraph", async () => {
    const html = await render({ sentences, quote: { startOffset: 765, endOffset: 799 }, translation: "China is committed to fast lanes.", paragraphKey: "3.3" });
    const visible = html.replace(/<span class="sr-only">[^<]*<\/span>/g, "");
    expect(visible.match(/<mark[^>]*>(.*?)<\/mark>/)![1]).toBe("中方致力于同中亚国家建立便利商务人员和生产技术人员往来的“快捷通道”");
    expect(visible.replace(/<[^>]+>/g, "")).toContain(sentences.map((s) => s.text).join(""));
    expect(html).toContain("[quote starts]");
    expect(html).toContain("Paragraph 3.3");
    expect(html).toContain("China is committed to fast lanes.");
  });
});
