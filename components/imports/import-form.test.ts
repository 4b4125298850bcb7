import { createElement as h } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { NextIntlClientProvider } from "next-intl";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { loadMessages } from "@/lib/i18n/messages";
import type { ImportState } from "@/lib/imports/actions";
import { ImportForm } from "./import-form";

let state: ImportState = {};
vi.mock("react", async (original) => ({ ...(await original<typeof import("react")>()), useActionState: () => [state, vi.fn(), false] }));
vi.mock("@/lib/imports/actions", () => ({ importUpdatesAction: vi.fn() }));

const missing: string[] = [];
let messages: Record<string, unknown>;
beforeAll(async () => {
  messages = await loadMessages("en");
});
const render = () =>
  renderToStaticMarkup(h(NextIntlClientProvider, { locale: "en", messages, timeZone: "UTC", onError: (e) => missing.push(e.message), children: h(ImportForm) }))
    .replace(/<[^>]+>/g, " ")
    .replace(/\s+/g, " ");

describe("ImportForm", () => {
  it("offers to check a file, then to apply the checked one, with every label in place", () => {
    expect(render()).toContain("Check the file");
    expect(render()).not.toContain("Apply the updates");
    state = {
      ok: true, message: "Checked.", hash: "a".repeat(64),
      preview: { fileName: "kz.csv", format: "csv", counts: { update: 1, unchanged: 0, error: 1 }, shown: 0, rows: [] },
    };
    const text = render();
    for (const part of ["Apply the updates", "Apply the valid rows only", "Preview of kz.csv"]) expect(text).toContain(part);
    expect(missing).toEqual([]);
  });
});
