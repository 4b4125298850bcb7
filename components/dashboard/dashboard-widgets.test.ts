import { renderToStaticMarkup } from "react-dom/server";
import { createTranslator } from "next-intl";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { loadMessages } from "@/lib/i18n/messages";
import { OverdueList } from "./overdue-list";
import { RecentActivity } from "./recent-activity";

let messages: Record<string, unknown>;
const missing: string[] = [];
vi.mock("next-intl/server", () => ({
  getLocale: async () => "en",
  getTranslations: async (namespace?: string) => createTranslator({ locale: "en", messages, namespace, onError: (e) => missing.push(e.message) }),
}));
beforeAll(async () => {
  messages = await loadMessages("en");
});
const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");

describe("dashboard widgets", () => {
  it("tell recent activity as sentences, with a readable action or the raw one", async () => {
    const html = renderToStaticMarkup(await RecentActivity({
      countries: [{ code: "KZ", nameZh: "哈萨克斯坦", nameEn: "Kazakhstan" }],
      updates: [{ id: "u1", at: new Date("2026-03-01T14:02:00Z"), author: "Aigerim", code: "C5-2020-3.3c", titleZh: "快捷通道", titleEn: "Fast lanes", country: "KZ", statusBefore: "NOT_ASSESSED", status: "IN_PROGRESS", progress: 40 }],
      changes: [
        { id: "1", at: new Date("2026-03-01T15:00:00Z"), actor: null, action: "import.apply", entityType: "import", subject: null, subjectLink: null },
        { id: "2", at: new Date("2026-03-01T16:00:00Z"), actor: "Admin", action: "commitment.update", entityType: "commitment", subject: "C5-2020-3.3c", subjectLink: "/commitments/C5-2020-3.3c" },
        { id: "3", at: new Date("2026-03-01T17:00:00Z"), actor: "Admin", action: "something.new", entityType: "x", subject: null, subjectLink: null },
      ],
    }));
    const sentence = text(html);
    for (const part of ["Aigerim · C5-2020-3.3c Fast lanes", "Kazakhstan: Not assessed → In progress, 40%", "1 Mar 2026, 14:02 UTC", "system imported status updates", "Admin edited C5-2020-3.3c", "Admin something.new"]) {
      expect(sentence).toContain(part);
    }
    expect(html).toContain('href="/commitments/C5-2020-3.3c?country=KZ"');
    expect(missing).toEqual([]);
  });

  it("lists overdue occurrences and links to all of them", async () => {
    const items = [{ code: "C5-2020-6.1b", titleZh: "每年举行一次", titleEn: "Meet once a year", period: "2022", expectedBy: new Date("2022-12-31T00:00:00Z") }];
    expect(text(renderToStaticMarkup(await OverdueList({ items, total: 3, allHref: "/commitments?overdue=1" })))).toContain("2022: expected by 31 Dec 2022 All 3 overdue items");
    expect(text(renderToStaticMarkup(await OverdueList({ items: [], total: 0, allHref: "/x" })))).toContain("Nothing overdue.");
    expect(missing).toEqual([]);
  });
});
