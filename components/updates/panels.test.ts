import { createElement as h, type ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { createTranslator, NextIntlClientProvider } from "next-intl";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { loadMessages } from "@/lib/i18n/messages";
import type { OccurrenceView, TimelineEntry, TrackingCard } from "@/lib/updates/data";
import { Occurrences } from "./occurrences";
import { Timeline } from "./timeline";
import { TrackingCards } from "./tracking-cards";

vi.mock("@/lib/updates/actions", () => ({ recordOccurrenceAction: vi.fn(), setOwnerAction: vi.fn() }));
vi.mock("next-intl/server", () => ({
  getLocale: async () => "en",
  getTranslations: async (namespace?: string) => createTranslator({ locale: "en", messages, namespace, onError: (e) => missing.push(e.message) }),
}));

let messages: Record<string, unknown>;
const missing: string[] = [];
beforeAll(async () => {
  messages = await loadMessages("en");
});
const render = (node: ReactNode) =>
  renderToStaticMarkup(h(NextIntlClientProvider, { locale: "en", messages, timeZone: "UTC", onError: (e) => missing.push(e.message), children: node }))
    .replace(/<[^>]+>/g, " ")
    .replace(/\s+/g, " ");

const kz = { code: "KZ", nameZh: "哈萨克斯坦", nameEn: "Kazakhstan" };
const evidence = { id: "e1", url: "https://example.org/r", title: "Ministry report", eventDate: new Date("2021-05-01"), grade: "A" as const };

describe("Timeline", () => {
  it("shows an empty state, then updates with who, what, progress, notes and evidence", async () => {
    expect(render(await Timeline({ entries: [] }))).toContain("No updates yet");
    const entry: TimelineEntry = {
      id: "u1", createdAt: new Date("2026-03-01T14:02:00Z"), author: { name: "Aigerim" }, country: kz, statusBefore: "NOT_STARTED", status: "IN_PROGRESS",
      progressBefore: 0, progress: 40, complianceScore: 0, note: "Working group met.", internalNote: "Desk call", evidence: [evidence],
    };
    const text = render(await Timeline({ entries: [entry] }));
    for (const part of ["Kazakhstan · Aigerim · 1 Mar 2026, 14:02 UTC", "Not started", "changed to", "In progress", "progress 0% → 40%", "Working group met.", "Internal Desk call", "Ministry report", "event of 1 May 2021"]) {
      expect(text).toContain(part);
    }
    expect(missing).toEqual([]);
  });
});

describe("TrackingCards and Occurrences", () => {
  it("flag a claimed status without evidence and link to the update form", async () => {
    const card: TrackingCard = {
      id: "t1", country: kz, status: "COMPLETED", progress: 100, complianceScore: 1, hasEvidence: false, owner: null, version: 2,
      lastUpdateAt: new Date("2026-03-01T00:00:00Z"), latestEvidence: null,
    };
    const html = renderToStaticMarkup(h(NextIntlClientProvider, { locale: "en", messages, timeZone: "UTC", children: await TrackingCards({ cards: [card], commitmentCode: "CC5-1", canLog: true }) }));
    expect(html).toContain('href="/commitments/CC5-1?country=KZ#log-update"');
    expect(html).toContain("No evidence supports this status yet.");
    expect(html).toContain("complete");
    expect(missing).toEqual([]);
  });

  it("mark a pending period past its deadline as overdue, and offer analysts the outcome form", async () => {
    const occurrence: OccurrenceView = {
      id: "o1", period: "2021", expectedBy: new Date("2021-12-31"), status: "PENDING", heldOn: null, venueZh: null, venueEn: null, note: null,
      version: 1, evidence: [], overdue: true,
    };
    const text = render(await Occurrences({ occurrences: [occurrence], canEdit: true }));
    expect(text).toContain("2021 Overdue due by 31 Dec 2021");
    expect(text).toContain("Record outcome");
    expect(text).toContain("Save outcome");
    expect(missing).toEqual([]);
  });
});
