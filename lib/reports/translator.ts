import { createTranslator } from "use-intl/core";
import { isLocale, type Locale } from "@/lib/i18n/config";
import { loadMessages } from "@/lib/i18n/messages";

export type Translate = (key: string, values?: Record<string, string | number>) => string;

/**
 * Texts for files (PDF, XLSX summary) from the same message files as the pages, without a
 * request: the route handlers and the command line render the same words.
 */
export async function reportTranslator(locale: Locale | string): Promise<{ locale: Locale; t: Translate }> {
  const lang: Locale = isLocale(locale) ? locale : "en";
  const t = createTranslator({ locale: lang, messages: await loadMessages(lang), timeZone: "UTC" });
  return { locale: lang, t: (key, values) => t(key as never, values as never) };
}
