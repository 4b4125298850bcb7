import { getLocale, getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/tracking/status-badge";
import { dateFormatter, localized } from "@/lib/i18n/localized";
import type { TimelineEntry } from "@/lib/updates/data";
import { EvidenceLink } from "./evidence-link";

const scoreLabel = (score: number) => (score > 0 ? `+${score}` : String(score));

/**
 * The follow-up of a commitment, newest first. Pass entries from listTimeline; internal notes show
 * only if the page asked for them (includeInternal), and are marked as such.
 */
export async function Timeline({ entries }: { entries: TimelineEntry[] }) {
  const [t, locale] = await Promise.all([getTranslations("updates.timeline"), getLocale()]);
  const when = dateFormatter(locale, { dateStyle: "medium", timeStyle: "short" });
  if (entries.length === 0) {
    return (
      <div className="rounded-md border border-dashed border-slate-300 p-6 text-center">
        <p className="font-medium text-slate-700">{t("empty")}</p>
        <p className="mt-1 text-sm text-slate-500">{t("emptyHint")}</p>
      </div>
    );
  }
  return (
    <ol className="space-y-4 border-l-2 border-slate-200 pl-4">
      {entries.map((entry) => (
        <li key={entry.id} className="relative">
          <span aria-hidden className="absolute -left-[1.4rem] top-1.5 h-2.5 w-2.5 rounded-full bg-slate-400" />
          <p className="text-sm text-slate-600">
            <span className="font-medium text-slate-900">{localized(locale, entry.country.nameZh, entry.country.nameEn)}</span>
            {" · "}
            {entry.author?.name ?? t("unknownAuthor")}
            {" · "}
            <time dateTime={entry.createdAt.toISOString()}>{when.format(entry.createdAt)} UTC</time>
          </p>
          <p className="mt-1 flex flex-wrap items-center gap-2">
            {entry.statusBefore !== entry.status && (
              <>
                <StatusBadge status={entry.statusBefore} />
                <span aria-hidden>→</span>
                <span className="sr-only">{t("changedTo")}</span>
              </>
            )}
            <StatusBadge status={entry.status} />
            <span className="text-sm tabular-nums text-slate-600">
              {entry.progressBefore === entry.progress
                ? t("progressSame", { value: entry.progress })
                : t("progress", { before: entry.progressBefore, after: entry.progress })}
            </span>
            {entry.complianceScore !== null && (
              <span className="text-xs text-slate-500">{t("score", { score: scoreLabel(entry.complianceScore) })}</span>
            )}
          </p>
          {entry.note && <p className="mt-1 whitespace-pre-line text-sm text-slate-800">{entry.note}</p>}
          {entry.internalNote && (
            <p className="mt-2 whitespace-pre-line rounded border border-dashed border-amber-400 bg-amber-50 px-2 py-1 text-sm text-amber-950">
              <span className="mr-2 text-xs font-semibold uppercase">{t("internal")}</span>
              {entry.internalNote}
            </p>
          )}
          {entry.evidence.length > 0 && (
            <ul className="mt-2 space-y-1" aria-label={t("evidence")}>
              {entry.evidence.map((evidence) => (
                <li key={evidence.id}>
                  <EvidenceLink evidence={evidence} locale={locale} />
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}
