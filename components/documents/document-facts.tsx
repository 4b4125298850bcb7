import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { StatusBar } from "@/components/tracking/status-bar";
import type { DocumentForReading } from "@/lib/documents/data";
import { mergeStatusCounts } from "@/lib/documents/segments";
import { dateFormatter, localized } from "@/lib/i18n/localized";
import { sentenceKinds, sentenceKindStyle } from "./highlight-tone";

/** The metadata panel of a statement: when, where, who, where the text comes from, and its counts. */
export async function DocumentFacts({ document, locale }: { document: DocumentForReading; locale: string }) {
  const t = await getTranslations("documents");
  const tag = locale === "zh" ? "zh-CN" : "en";
  const language = new Intl.DisplayNames([tag], { type: "language" }).of(document.language) ?? document.language;
  const parties = new Intl.ListFormat(tag, { type: "conjunction" }).format(
    document.parties.map((country) => localized(locale, country.nameZh, country.nameEn)),
  );
  const statusCounts = mergeStatusCounts(document.commitments.map((c) => c.statusCounts));
  const trackingTotal = Object.values(statusCounts).reduce((sum, n) => sum + (n ?? 0), 0);
  const sentenceTotal = sentenceKinds.reduce((sum, kind) => sum + document.sentenceCounts[kind], 0);
  const rows: [string, ReactNode][] = [
    [t("facts.date"), <time key="date" dateTime={document.date.toISOString().slice(0, 10)}>{dateFormatter(locale, { dateStyle: "long" }).format(document.date)}</time>],
    [t("facts.type"), t(`types.${document.type}`)],
    [t("facts.format"), localized(locale, document.formatZh, document.formatEn) || "—"],
    [t("facts.venue"), localized(locale, document.venueZh, document.venueEn) || "—"],
    [t("facts.parties"), parties],
    [t("facts.language"), language],
    [t("facts.commitments"), <span key="commitments" className="tabular-nums">{document.commitments.length}</span>],
    [
      t("facts.sentences"),
      <span key="sentences" className="block">
        <span className="tabular-nums">{sentenceTotal}</span>
        <span className="mt-1 flex flex-wrap gap-x-3 gap-y-1 text-xs text-slate-600">
          {sentenceKinds.map((kind) => (
            <span key={kind}>
              <span className={sentenceKindStyle[kind]}>{t(`kinds.${kind}`)}</span> <span className="tabular-nums">{document.sentenceCounts[kind]}</span>
            </span>
          ))}
        </span>
      </span>,
    ],
  ];
  return (
    <section aria-labelledby="facts-heading" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <h2 id="facts-heading" className="mb-3 font-medium">{t("facts.title")}</h2>
      <dl className="space-y-3 text-sm">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt className="text-xs text-slate-500">{label}</dt>
            <dd className="mt-0.5 text-slate-900">{value}</dd>
          </div>
        ))}
      </dl>
      {trackingTotal > 0 && (
        <div className="mt-4">
          <h3 className="mb-1.5 text-xs text-slate-500">{t("facts.status", { count: trackingTotal })}</h3>
          <StatusBar counts={statusCounts} total={trackingTotal} />
        </div>
      )}
      <div className="mt-4 border-t border-slate-100 pt-4 text-sm">
        <h3 className="text-xs text-slate-500">{t("facts.source")}</h3>
        <p className="mt-0.5 text-slate-900">{document.sourcePublisher ?? "—"}</p>
        {document.sourceUrl && (
          <a href={document.sourceUrl} target="_blank" rel="noopener noreferrer" className="mt-1 inline-block text-brand-700 underline underline-offset-2">
            {t("facts.sourceLink")}
          </a>
        )}
        {document.sourceNote && (
          <details className="mt-2 text-slate-600">
            <summary className="cursor-pointer text-xs font-medium text-brand-700">{t("facts.sourceNote")}</summary>
            <p lang="en" className="mt-2 text-xs leading-5">{document.sourceNote}</p>
          </details>
        )}
      </div>
    </section>
  );
}
