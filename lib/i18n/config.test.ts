import { describe, expect, it } from "vitest";
import { resolveLocale } from "./config";
import { loadMessages } from "./messages";

describe("resolveLocale", () => {
  it("prefers a valid cookie over the browser", () => {
    expect(resolveLocale("zh", "en-US,en;q=0.9")).toBe("zh");
  });
  it("ignores an unknown cookie and follows Accept-Language with q-values", () => {
    expect(resolveLocale("fr", "fr-FR,zh-CN;q=0.8,en;q=0.5")).toBe("zh");
    expect(resolveLocale(undefined, "ru;q=0.9,en;q=0.4")).toBe("en");
  });
  it("falls back to English on nonsense", () => {
    expect(resolveLocale(undefined, ";;;q=abc,")).toBe("en");
    expect(resolveLocale(undefined, null)).toBe("en");
  });
});

function keysOf(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keysOf(v, prefix ? `${prefix}.${k}` : k));
}

describe("messages", () => {
  it("have the same keys in Chinese and English", async () => {
    const [en, zh] = await Promise.all([loadMessages("en"), loadMessages("zh")]);
    expect(keysOf(en).length).toBeGreaterThan(50);
    expect(keysOf(zh).sort()).toEqual(keysOf(en).sort());
  });
});
