import { getLocale, getTranslations } from "next-intl/server";
import { dateFormatter, localized } from "@/lib/i18n/localized";
import type { OccurrenceView } from "@/lib/updates/data";
import { EvidenceLink } from "./evidence-link";
import { OccurrenceForm } from "./occurrence-form";

const chip = {
  HELD: "bg-emerald-100 text-emerald-900",
  MISSED: "bg-red-100 text-red-900",
  PENDING: "bg-slate-100 text-slate-700",
  OVERDUE: "bg-red-600 text-white",
} as const;

const isoDay = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

/**
 * The expected periods of a recurring commitment (from listOccurrences): held, missed, pending or
 * overdue. Analysts (canEdit) can record or correct the outcome of each.
 */
export async function Occurrences({ occurrences, canEdit = false }: { occurrences: OccurrenceView[]; canEdit?: boolean }) {
  const [t, locale] = await Promise.all([getTranslations("updates.occurrences"), getLocale()]);
  const date = dateFormatter(locale);
  if (occurrences.length === 0) return <p className="text-sm text-slate-600">{t("empty")}</p>;
  return (
    <ol className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
      {occurrences.map((occurrence) => {
        const state = occurrence.overdue ? "OVERDUE" : occurrence.status;
        const venue = localized(locale, occurrence.venueZh, occurrence.venueEn);
        return (
          <li key={occurrence.id} className="space-y-2 p-4">
            <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
              <h3 className="font-medium tabular-nums">{occurrence.period}</h3>
              <span className={`rounded px-2 py-0.5 text-xs font-semibold ${chip[state]}`}>{t(`status.${state}`)}</span>
              <span className="text-sm text-slate-600">
                {occurrence.heldOn
                  ? t("heldOn", { date: date.format(occurrence.heldOn) })
                  : t("expectedBy", { date: date.format(occurrence.expectedBy) })}
              </span>
              {venue && <span className="text-sm text-slate-600">· {venue}</span>}
            </div>
            {occurrence.note && <p className="whitespace-pre-line text-sm text-slate-800">{occurrence.note}</p>}
            {occurrence.evidence.length > 0 && (
              <ul className="space-y-1">
                {occurrence.evidence.map((evidence) => (
                  <li key={evidence.id}>
                    <EvidenceLink evidence={evidence} locale={locale} />
                  </li>
                ))}
              </ul>
            )}
            {canEdit && (
              <details className="group">
                <summary className="cursor-pointer text-sm font-medium text-brand-700 hover:text-brand-800">
                  {occurrence.status === "PENDING" ? t("record") : t("correct")}
                </summary>
                <div className="mt-3">
                  <OccurrenceForm
                    occurrence={{
                      id: occurrence.id, version: occurrence.version, status: occurrence.status, heldOn: isoDay(occurrence.heldOn),
                      venue, note: occurrence.note ?? "",
                    }}
                  />
                </div>
              </details>
            )}
          </li>
        );
      })}
    </ol>
  );
}
