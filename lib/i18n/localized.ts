import type { Locale } from "./config";

/** Picks the Chinese or English variant of a bilingual field pair. */
export function localized(locale: string, zh: string | null | undefined, en: string | null | undefined): string {
  return (locale === "zh" ? zh || en : en || zh) ?? "";
}

export function dateFormatter(locale: Locale | string, options: Intl.DateTimeFormatOptions = { dateStyle: "medium" }) {
  return new Intl.DateTimeFormat(locale === "zh" ? "zh-CN" : "en-GB", { timeZone: "UTC", ...options });
}
