// @vitest-environment happy-dom
import { act, createElement as h } from "react";
import { createRoot } from "react-dom/client";
import { NextIntlClientProvider } from "next-intl";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { loadMessages } from "@/lib/i18n/messages";
import { CommitmentHighlight, type HighlightTarget } from "./commitment-highlight";

// next/link needs the app router; a plain anchor is enough here (prefetch is not an anchor attribute).
vi.mock("next/link", () => ({
  default: (props: Record<string, unknown>) => h("a", Object.fromEntries(Object.entries(props).filter(([key]) => key !== "prefetch"))),
}));

const target = (code: string, title: string): HighlightTarget => ({ code, title, status: "IN_PROGRESS", statusCounts: { IN_PROGRESS: 4, NOT_ASSESSED: 2 } });
let messages: Record<string, unknown>;
const containers: HTMLElement[] = [];

beforeAll(async () => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  messages = await loadMessages("en");
});
afterEach(() => containers.splice(0).forEach((container) => container.remove()));

async function render(targets: HighlightTarget[]) {
  const container = document.createElement("div");
  document.body.append(container);
  containers.push(container);
  const highlight = h(CommitmentHighlight, { text: "中方致力于", targets });
  const children = h("p", null, highlight, h("button", null, "next"));
  await act(async () => createRoot(container).render(h(NextIntlClientProvider, { locale: "en", messages, timeZone: "UTC", children })));
  const link = container.querySelector("a")!;
  return { container, link, card: document.getElementById(link.getAttribute("aria-describedby")!)! };
}

describe("CommitmentHighlight", () => {
  it("links to the commitment and describes it with its code, title and status", async () => {
    const { link, card } = await render([target("C5-2020-3.3c", "Fast lanes")]);
    expect(link.getAttribute("href")).toBe("/commitments/C5-2020-3.3c");
    expect(card.getAttribute("role")).toBe("tooltip");
    expect(card.textContent).toContain("C5-2020-3.3c");
    expect(card.textContent).toContain("Fast lanes");
    expect(card.textContent).toContain("In progress· 4 of 6 parties");
  });

  it("opens on keyboard focus, and closes on Escape or when focus leaves", async () => {
    const { container, link, card } = await render([target("C5-2020-3.3c", "Fast lanes")]);
    expect(card.hidden).toBe(true);
    await act(async () => link.focus());
    expect(card.hidden).toBe(false);
    await act(async () => document.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape" })));
    expect(card.hidden).toBe(true);
    await act(async () => {
      link.blur();
      link.focus();
    });
    expect(card.hidden).toBe(false);
    await act(async () => container.querySelector("button")!.focus());
    expect(card.hidden).toBe(true);
  });

  it("lists every commitment of a shared clause as a link of its own", async () => {
    const { link, card } = await render([target("C5-2020-2.1a", "Epidemic control"), target("C5-2020-2.1b", "Vaccines")]);
    expect(link.dataset.codes).toBe("C5-2020-2.1a C5-2020-2.1b");
    expect(card.getAttribute("role")).toBeNull();
    expect([...card.querySelectorAll("a")].map((a) => a.getAttribute("href"))).toEqual([
      "/commitments/C5-2020-2.1a",
      "/commitments/C5-2020-2.1b",
    ]);
    await act(async () => link.focus());
    await act(async () => card.querySelector("a")!.focus());
    expect(card.hidden).toBe(false);
  });
});
