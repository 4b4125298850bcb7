import { SimpleTable } from "@/components/ui/simple-table";
import { getLocale, getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/tracking/status-badge";
import { dateFormatter, localized } from "@/lib/i18n/localized";
import { nameOf, type StatusReport } from "@/lib/reports/report-model";

/** The updates logged in the period: when, who, which row, from what to what, with notes and evidence. */
export async function ReportChanges({ report }: { report: StatusReport }) {
  const [t, locale] = await Promise.all([getTranslations("reports"), getLocale()]);
  const when = dateFormatter(locale, { dateStyle: "medium", timeStyle: "short" });
  if (!report.changes || report.changes.length === 0) return <p className="text-sm text-slate-600">{t("noChanges")}</p>;
  return (
    <>
      <SimpleTable headers={[t("columns.when"), t("columns.who"), t("columns.commitment"), t("columns.what")]}>
            {report.changes.map((change) => (
              <tr key={change.id}>
                <td className="whitespace-nowrap px-3 py-2 text-xs text-slate-600"><time dateTime={change.at}>{when.format(new Date(change.at))} UTC</time></td>
                <td className="px-3 py-2">{change.author ?? t("unknownAuthor")}</td>
                <td className="px-3 py-2">
                  <a href={`/commitments/${change.code}?country=${change.country}`} className="hover:underline">
                    <span className="font-mono text-xs text-slate-500">{change.code}</span> {localized(locale, change.titleZh, change.titleEn)}
                  </a>
                  <span className="block text-xs text-slate-500">{nameOf(report.countries, change.country, locale)}</span>
                </td>
                <td className="space-y-1 px-3 py-2">
                  <p className="flex flex-wrap items-center gap-1.5">
                    <StatusBadge status={change.statusBefore} progress={change.progressBefore} /> <span aria-hidden>→</span> <span className="sr-only">{t("changedTo")}</span> <StatusBadge status={change.status} progress={change.progress} />
                  </p>
                  {change.note && <p className="whitespace-pre-line text-slate-800">{change.note}</p>}
                  {change.internalNote && (
                    <p className="whitespace-pre-line rounded border border-dashed border-amber-400 bg-amber-50 px-2 py-1 text-amber-950">
                      <span className="mr-2 text-xs font-semibold uppercase">{t("internalNote")}</span>{change.internalNote}
                    </p>
                  )}
                  {change.evidence.map((e) => (
                    <a key={e.url} href={e.url} rel="noreferrer noopener" target="_blank" className="block text-xs text-brand-700 underline">[{e.grade}] {e.title}</a>
                  ))}
                </td>
              </tr>
            ))}
          </SimpleTable>
      {report.changesTotal > report.changes.length && (
        <p className="mt-2 text-xs text-slate-500">{t("changesCapped", { shown: report.changes.length, total: report.changesTotal })}</p>
      )}
    </>
  );
}
