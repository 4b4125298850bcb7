import { getLocale, getTranslations } from "next-intl/server";
import { setLocaleAction } from "@/lib/auth/actions";
import { locales } from "@/lib/i18n/config";

const labels = { en: "English", zh: "中文" } as const;

/** Works without JavaScript: each language is a submit button of a server-action form. */
export async function LanguageSwitch() {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("nav")]);
  return (
    <form action={setLocaleAction} aria-label={t("language")} className="flex rounded-md border border-slate-300 text-xs">
      {locales.map((code) => (
        <button
          key={code}
          type="submit"
          name="locale"
          value={code}
          lang={code === "zh" ? "zh-CN" : "en"}
          aria-pressed={locale === code}
          className={`px-2 py-1 first:rounded-l-md last:rounded-r-md ${locale === code ? "bg-brand-600 text-white" : "bg-white text-slate-700 hover:bg-slate-100"}`}
        >
          {labels[code]}
        </button>
      ))}
    </form>
  );
}
