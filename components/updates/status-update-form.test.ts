import { createElement as h, type ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { NextIntlClientProvider } from "next-intl";
import { describe, expect, it, vi } from "vitest";
import { loadMessages } from "@/lib/i18n/messages";
import type { TrackingConflict } from "@/lib/updates/conflicts";
import { ConflictPanel } from "./conflict-panel";
import { StatusUpdateForm, type UpdateFormCountry } from "./status-update-form";

vi.mock("@/lib/updates/actions", () => ({ recordStatusUpdateAction: vi.fn() }));

async function render(element: ReactElement, locale: "en" | "zh" = "en") {
  const messages = await loadMessages(locale);
  const missing: string[] = [];
  const html = renderToStaticMarkup(
    h(NextIntlClientProvider, { locale, messages, timeZone: "UTC", onError: (error) => missing.push(error.message), children: element }),
  );
  return { html, missing };
}

const countries: UpdateFormCountry[] = [
  { code: "KZ", name: "Kazakhstan", status: "IN_PROGRESS", progress: 40, version: 3 },
  { code: "UZ", name: "Uzbekistan", status: "NOT_ASSESSED", progress: 0, version: 1 },
];

describe("StatusUpdateForm", () => {
  it("opens on the requested country with its current state and the versions it was opened on", async () => {
    const { html, missing } = await render(h(StatusUpdateForm, { commitmentId: "c1", commitmentCode: "CC5-2020-07", countries, initialCountries: ["KZ"] }));
    expect(missing).toEqual([]);
    expect(html).toMatch(/<input type="checkbox"[^>]*name="countries" checked="" value="KZ"/);
    expect(html).toMatch(/<input type="checkbox"[^>]*name="countries" value="UZ"/);
    expect(html).toContain(`name="versions" value="{&quot;KZ&quot;:3}"`);
    expect(html).toMatch(/<option value="IN_PROGRESS" selected="">In progress<\/option>/);
    expect(html).toMatch(/name="progress"[^>]*value="40"/);
    expect(html).toContain("Internal note");
    expect(html).toContain("Save update for 1 country");
    expect(html).toContain('noValidate=""');
  });

  it("has the same texts in Chinese", async () => {
    const { missing } = await render(h(StatusUpdateForm, { commitmentId: "c1", commitmentCode: "X", countries }), "zh");
    expect(missing).toEqual([]);
  });
});

describe("ConflictPanel", () => {
  it("tells who changed which country, when and how, and offers to re-apply", async () => {
    const conflicts: TrackingConflict[] = [
      {
        countryCode: "KZ",
        yourVersion: 3,
        current: { status: "COMPLETED", progress: 100, version: 4, updatedAt: "2026-03-01T14:02:00.000Z" },
        changes: [{ id: "u1", authorName: "Aigerim", at: "2026-03-01T14:02:00.000Z", statusBefore: "IN_PROGRESS", status: "COMPLETED", progressBefore: 40, progress: 100, note: "Ratified by parliament." }],
      },
      { countryCode: "UZ", yourVersion: 1, current: { status: "NOT_ASSESSED", progress: 0, version: 2, updatedAt: "2026-03-01T14:03:00.000Z" }, changes: [] },
    ];
    const countryName = (code: string) => countries.find((c) => c.code === code)!.name;
    const { html, missing } = await render(h(ConflictPanel, { conflicts, countryName, onReapply: () => {}, pending: false }));
    expect(missing).toEqual([]);
    const text = html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");
    expect(text).toContain("Aigerim saved a change to Kazakhstan at 1 Mar 2026, 14:02 UTC: In progress → Completed, 100%. Note: Ratified by parliament.");
    expect(text).toContain("Uzbekistan was changed in another way");
    expect(html).toContain('role="alert"');
    expect(text).toContain("Re-apply my changes on top");
  });
});
