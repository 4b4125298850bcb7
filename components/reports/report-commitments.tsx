import { getLocale, getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/tracking/status-badge";
import { localized } from "@/lib/i18n/localized";
import { nameOf, type ReportCommitment, type StatusReport } from "@/lib/reports/report-model";

const score = (value: number | null) => (value === null ? "—" : value > 0 ? `+${value}` : String(value));

/** Per commitment: each country's status, progress, score and latest evidence as of the report date. */
export async function ReportCommitments({ report, commitments }: { report: StatusReport; commitments: ReportCommitment[] }) {
  const [t, locale] = await Promise.all([getTranslations("reports"), getLocale()]);
  return (
    <div className="space-y-4">
      {commitments.map((commitment) => (
        <article key={commitment.code} className="rounded-md border border-slate-200 bg-white">
          <h3 className="border-b border-slate-100 px-3 py-2 text-sm font-medium">
            <a href={`/commitments/${commitment.code}`} className="hover:underline">
              <span className="mr-2 font-mono text-xs text-slate-500">{commitment.code}</span>
              {localized(locale, commitment.titleZh, commitment.titleEn)}
            </a>
            <span className="ml-2 text-xs font-normal text-slate-500">{nameOf(report.areas, commitment.area, locale)}</span>
          </h3>
          <table className="min-w-full text-sm">
            <thead className="sr-only">
              <tr>
                <th scope="col">{t("columns.country")}</th>
                <th scope="col">{t("columns.status")}</th>
                <th scope="col">{t("columns.score")}</th>
                <th scope="col">{t("columns.evidence")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-50">
              {report.columns.filter((code) => commitment.cells[code]).map((code) => {
                const cell = commitment.cells[code];
                return (
                  <tr key={code}>
                    <th scope="row" className="w-40 px-3 py-1 text-left font-normal">{nameOf(report.countries, code, locale)}</th>
                    <td className="w-56 px-3 py-1"><StatusBadge status={cell.status} progress={cell.progress} /></td>
                    <td className="w-16 px-3 py-1 text-xs tabular-nums text-slate-500">{score(cell.complianceScore)}</td>
                    <td className="px-3 py-1 text-xs">
                      {cell.evidence ? (
                        <a href={cell.evidence.url} rel="noreferrer noopener" target="_blank" className="text-brand-700 underline">
                          [{cell.evidence.grade}] {cell.evidence.title}{cell.evidence.eventDate && ` (${cell.evidence.eventDate})`}
                        </a>
                      ) : (
                        <span className="text-slate-500">{t("noEvidence")}</span>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </article>
      ))}
    </div>
  );
}
