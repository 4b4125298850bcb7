import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { HeatMatrix } from "@/components/reports/heat-matrix";
import { ReportChanges } from "@/components/reports/report-changes";
import { ReportCommitments } from "@/components/reports/report-commitments";
import { ReportForm } from "@/components/reports/report-form";
import { StatusChart } from "@/components/reports/status-chart";
import { StatusLegend } from "@/components/tracking/status-legend";
import { PageHeader } from "@/components/ui/page-header";
import { hasRole } from "@/lib/auth/roles";
import { requirePageUser } from "@/lib/auth/session";
import { localized } from "@/lib/i18n/localized";
import { dayOf } from "@/lib/reports/as-of";
import { getStatusReport } from "@/lib/reports/data";
import { nameOf } from "@/lib/reports/report-model";
import { parseReportParams, reportToSearchParams } from "@/lib/reports/schema";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reports"))("title") };
}

const pageCap = 200;
const card = "rounded-lg border border-slate-200 bg-white p-4 shadow-sm";

export default async function ReportsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePageUser();
  const parsed = parseReportParams(await searchParams);
  const canIncludeInternal = hasRole(user.role, "ANALYST");
  const params = { ...parsed.params, internal: parsed.params.internal && canIncludeInternal };
  const notices = parsed.params.internal && !canIncludeInternal ? [...parsed.notices, "internalIgnored" as const] : parsed.notices;
  const [t, locale, report] = await Promise.all([getTranslations("reports"), getLocale(), getStatusReport(params)]);
  const query = reportToSearchParams(params).toString();
  const named = (list: typeof report.countries) => list.map((item) => ({ value: item.key, label: localized(locale, item.nameZh, item.nameEn) }));
  const { summary } = report;
  const figures = [
    [t("figures.commitments"), summary.commitments],
    [t("figures.rows"), summary.rows],
    [t("figures.completed"), summary.rows ? `${summary.completed} (${Math.round((summary.completed / summary.rows) * 100)}%)` : 0],
    [t("figures.averageProgress"), summary.averageProgress === null ? "—" : `${summary.averageProgress}%`],
    ...(report.changes ? [[t("figures.changes"), report.changesTotal]] : []),
  ] as [string, string | number][];
  return (
    <>
      <PageHeader
        title={t("title")}
        subtitle={t("subtitle")}
        actions={
          <nav aria-label={t("download.label")} className="flex gap-2">
            <a href={`/api/reports/pdf?${query}`} download className="rounded-md bg-brand-600 px-3 py-2 text-sm font-medium text-white hover:bg-brand-700">{t("download.pdf")}</a>
            <a href={`/api/reports/xlsx?${query}`} download className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50">{t("download.xlsx")}</a>
          </nav>
        }
      />
      {notices.length > 0 && (
        <div role="status" className="mb-4 space-y-1 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {notices.map((notice) => <p key={notice}>{t(`notices.${notice}`)}</p>)}
        </div>
      )}
      <ReportForm
        params={params}
        today={dayOf(new Date())}
        canIncludeInternal={canIncludeInternal}
        options={{ documents: named(report.documents), countries: named(report.countries), areas: named(report.areas) }}
      />
      <section aria-labelledby="summary-title" className="mt-6">
        <h2 id="summary-title" className="mb-3 text-lg font-semibold">{t("summary")} · {t("asOf")} {params.asOf}</h2>
        <dl className="grid grid-cols-2 gap-4 md:grid-cols-3 lg:grid-cols-5">
          {figures.map(([label, value]) => (
            <div key={label} className={card}>
              <dt className="text-sm text-slate-600">{label}</dt>
              <dd className="mt-1 text-2xl font-semibold tabular-nums">{value}</dd>
            </div>
          ))}
        </dl>
      </section>
      {report.commitments.length === 0 ? (
        <p className={`${card} mt-6 text-sm text-slate-600`}>{t("empty")}</p>
      ) : (
        <>
          <div className="mt-6 grid gap-6 lg:grid-cols-2">
            <section className={card}>
              <StatusChart id="report-by-country" title={t("byCountry")} groups={report.byCountry.map((g) => ({ ...g, label: nameOf(report.countries, g.key, locale) }))} />
            </section>
            <section className={card}>
              <StatusChart id="report-by-area" title={t("byArea")} groups={report.byArea.map((g) => ({ ...g, label: nameOf(report.areas, g.key, locale) }))} />
            </section>
          </div>
          <section className={`${card} mt-6 space-y-3`} aria-labelledby="report-matrix">
            <h2 id="report-matrix" className="font-medium">{t("matrix")}</h2>
            {report.commitments.length > pageCap && <p className="text-xs text-slate-500">{t("pageCapped", { shown: pageCap, total: report.commitments.length })}</p>}
            <StatusLegend label={t("matrix")} />
            <HeatMatrix
              caption={t("matrix")}
              countries={report.columns.map((code) => ({ code, name: nameOf(report.countries, code, locale) }))}
              rows={report.commitments.slice(0, pageCap).map((c) => ({ code: c.code, title: localized(locale, c.titleZh, c.titleEn), cells: c.cells }))}
            />
          </section>
          <section className="mt-6" aria-labelledby="report-commitments">
            <h2 id="report-commitments" className="mb-3 font-medium">{t("commitments")}</h2>
            <ReportCommitments report={report} commitments={report.commitments.slice(0, pageCap)} />
          </section>
        </>
      )}
      {params.since && (
        <section className="mt-6" aria-labelledby="report-changes">
          <h2 id="report-changes" className="mb-3 font-medium">{t("changesTitle", { since: params.since, asOf: params.asOf })}</h2>
          <ReportChanges report={report} />
        </section>
      )}
    </>
  );
}
