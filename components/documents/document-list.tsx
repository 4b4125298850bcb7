import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { StatusBar } from "@/components/tracking/status-bar";
import type { DocumentListItem } from "@/lib/documents/data";
import { dateFormatter, localized } from "@/lib/i18n/localized";

/** The tracked statements as cards; the whole card opens the statement. */
export async function DocumentList({ documents, locale }: { documents: DocumentListItem[]; locale: string }) {
  const t = await getTranslations("documents");
  const date = dateFormatter(locale, { dateStyle: "long" });
  const list = new Intl.ListFormat(locale === "zh" ? "zh-CN" : "en", { type: "conjunction" });
  return (
    <ul className="space-y-4">
      {documents.map((document) => {
        const other = locale === "zh" ? { text: document.titleEn, lang: "en" } : { text: document.titleZh, lang: "zh-CN" };
        const details = [t(`types.${document.type}`), localized(locale, document.formatZh, document.formatEn), localized(locale, document.venueZh, document.venueEn)];
        return (
          <li key={document.id}>
            <article
              aria-labelledby={`document-${document.slug}`}
              className="relative grid gap-5 rounded-lg border border-slate-200 bg-white p-5 shadow-sm transition-colors focus-within:border-brand-600 hover:border-brand-600 md:grid-cols-[minmax(0,1fr)_16rem]"
            >
              <div>
                <p className="text-xs text-slate-500">
                  <time dateTime={document.date.toISOString().slice(0, 10)}>{date.format(document.date)}</time>
                  {details.filter(Boolean).map((detail) => ` · ${detail}`)}
                </p>
                <h2 id={`document-${document.slug}`} className="mt-1 text-lg font-semibold leading-snug">
                  <Link href={`/documents/${document.slug}`} className="after:absolute after:inset-0 after:rounded-lg hover:text-brand-800">
                    {localized(locale, document.titleZh, document.titleEn)}
                  </Link>
                </h2>
                {other.text && (
                  <p lang={other.lang} className="mt-0.5 text-sm text-slate-500">
                    {other.text}
                  </p>
                )}
                <p className="mt-3 text-sm text-slate-700">
                  <span className="text-slate-500">{t("partiesLabel", { count: document.partyCount })}</span>{" "}
                  {list.format(document.parties.map((country) => localized(locale, country.nameZh, country.nameEn)))}
                </p>
              </div>
              <div className="space-y-2 md:border-l md:border-slate-100 md:pl-5">
                <p className="text-sm text-slate-600">
                  <span className="mr-1.5 text-2xl font-semibold tabular-nums text-slate-900">{document.commitmentCount}</span>
                  {t("commitmentCount", { count: document.commitmentCount })}
                </p>
                {document.trackingTotal > 0 ? (
                  <>
                    <StatusBar counts={document.statusCounts} total={document.trackingTotal} />
                    <p className="text-xs text-slate-500">{t("trackingRows", { count: document.trackingTotal })}</p>
                  </>
                ) : (
                  <p className="text-xs text-slate-500">{t("noTracking")}</p>
                )}
              </div>
            </article>
          </li>
        );
      })}
    </ul>
  );
}
