import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { HeatStrip } from "@/components/dashboard/heat-strip";
import { OverdueList } from "@/components/dashboard/overdue-list";
import { RecentActivity } from "@/components/dashboard/recent-activity";
import { StatusChart } from "@/components/reports/status-chart";
import { StatusLegend } from "@/components/tracking/status-legend";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/session";
import { filterToSearchParams, type CommitmentFilter } from "@/lib/commitments/schema";
import { getDashboard } from "@/lib/dashboard/data";
import { localized } from "@/lib/i18n/localized";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("dashboard"))("title") };
}

const view = (filter: Partial<CommitmentFilter>) => `/commitments?${filterToSearchParams(filter)}`;
const card = "rounded-lg border border-slate-200 bg-white p-4 shadow-sm";

export default async function DashboardPage() {
  await requirePageUser();
  const [t, locale, data] = await Promise.all([getTranslations("dashboard"), getLocale(), getDashboard()]);
  const figures = [
    { label: t("documents"), value: data.totals.documents, href: "/documents" },
    { label: t("commitments"), value: data.totals.commitments, href: "/commitments" },
    { label: t("trackingRows"), value: data.totals.rows, href: view({ view: "matrix" }) },
    { label: t("updates"), value: data.totals.updates, href: "/reports" },
    { label: t("overdueFigure"), value: data.totals.overdue, href: view({ overdue: true }) },
  ];
  const countries = data.countries.map((c) => ({ code: c.code, name: localized(locale, c.nameZh, c.nameEn) }));
  if (data.totals.commitments === 0) {
    return (
      <>
        <PageHeader title={t("title")} subtitle={t("subtitle")} />
        <p className={`${card} text-sm text-slate-600`}>{t("empty")}</p>
      </>
    );
  }
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      <dl className="grid grid-cols-2 gap-4 md:grid-cols-3 lg:grid-cols-5">
        {figures.map((figure) => (
          <div key={figure.label} className={`${card} relative hover:border-brand-600`}>
            <dt className="text-sm text-slate-600">{figure.label}</dt>
            <dd className="mt-1 text-3xl font-semibold tabular-nums">
              <Link href={figure.href} className="after:absolute after:inset-0">{figure.value.toLocaleString(locale)}</Link>
            </dd>
          </div>
        ))}
      </dl>
      <div className="mt-6 grid gap-6 lg:grid-cols-2">
        <section className={card}>
          <StatusChart
            id="by-country"
            title={t("statusByCountry")}
            groups={data.byCountry.map(({ country, counts, total }) => ({
              key: country.code, label: localized(locale, country.nameZh, country.nameEn), counts, total,
              href: view({ country: country.code }), segmentHref: (status) => view({ country: country.code, status: [status] }),
            }))}
          />
        </section>
        <section className={card}>
          <StatusChart
            id="by-area"
            title={t("statusByArea")}
            groups={data.byArea.map(({ area, counts, total }) => ({
              key: area.slug, label: localized(locale, area.nameZh, area.nameEn), counts, total,
              href: view({ area: [area.slug] }), segmentHref: (status) => view({ area: [area.slug], status: [status] }),
            }))}
          />
        </section>
      </div>
      <section className={`${card} mt-6 space-y-3`} aria-labelledby="matrix-title">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="matrix-title" className="font-medium">{t("matrix")}</h2>
          <Link href={view({ view: "matrix" })} className="text-sm text-brand-700 underline">{t("matrixAll")}</Link>
        </div>
        <p className="text-xs text-slate-500">{t("matrixShown", { shown: data.matrix.length, total: data.totals.commitments })}</p>
        <StatusLegend label={t("matrix")} />
        <HeatStrip rows={data.matrix} countries={countries} title={(row) => localized(locale, row.titleZh, row.titleEn)} />
      </section>
      <div className="mt-6 grid gap-6 lg:grid-cols-3">
        <section className={card} aria-labelledby="overdue-title">
          <h2 id="overdue-title" className="font-medium">{t("overdue")}</h2>
          <p className="mb-3 text-xs text-slate-500">{t("overdueHint")}</p>
          <OverdueList items={data.overdue} total={data.totals.overdue} allHref={view({ overdue: true })} />
        </section>
        <section className={`${card} lg:col-span-2`} aria-labelledby="activity-title">
          <h2 id="activity-title" className="mb-3 font-medium">{t("recentActivity")}</h2>
          <RecentActivity updates={data.updates} changes={data.changes} countries={data.countries} />
        </section>
      </div>
    </>
  );
}
