import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { StatusBar } from "@/components/tracking/status-bar";
import { requirePageUser } from "@/lib/auth/session";
import { getDashboardSummary } from "@/lib/dashboard/data";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("dashboard"))("title") };
}

export default async function DashboardPage() {
  await requirePageUser();
  const [t, locale, summary] = await Promise.all([getTranslations("dashboard"), getLocale(), getDashboardSummary()]);
  const figures = [
    { label: t("documents"), value: summary.totals.documents },
    { label: t("commitments"), value: summary.totals.commitments },
    { label: t("trackingRows"), value: summary.totals.trackingRows },
    { label: t("updates"), value: summary.totals.updates },
  ];
  const dateFormat = new Intl.DateTimeFormat(locale === "zh" ? "zh-CN" : "en-GB", {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: "UTC",
  });
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      <dl className="grid grid-cols-2 gap-4 lg:grid-cols-4">
        {figures.map((figure) => (
          <div key={figure.label} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
            <dt className="text-sm text-slate-600">{figure.label}</dt>
            <dd className="mt-1 text-3xl font-semibold tabular-nums">{figure.value.toLocaleString(locale)}</dd>
          </div>
        ))}
      </dl>
      <div className="mt-6 grid gap-6 lg:grid-cols-3">
        <section className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm lg:col-span-2">
          <h2 className="mb-3 font-medium">{t("statusByCountry")}</h2>
          {summary.statusByCountry.length === 0 ? (
            <p className="text-sm text-slate-600">{t("empty")}</p>
          ) : (
            <ul className="space-y-3">
              {summary.statusByCountry.map(({ country, counts, total }) => (
                <li key={country.code} className="grid grid-cols-[8rem_1fr] items-center gap-3 text-sm">
                  <span>{locale === "zh" ? country.nameZh : country.nameEn}</span>
                  <StatusBar counts={counts} total={total} />
                </li>
              ))}
            </ul>
          )}
        </section>
        <section className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          <h2 className="mb-3 font-medium">{t("recentActivity")}</h2>
          {summary.recent.length === 0 ? (
            <p className="text-sm text-slate-600">{t("noActivity")}</p>
          ) : (
            <ol className="space-y-2 text-sm">
              {summary.recent.map((entry) => (
                <li key={entry.id} className="border-b border-slate-100 pb-2 last:border-0">
                  <span className="font-mono text-xs text-slate-700">{entry.action}</span>{" "}
                  <span className="text-slate-600">{entry.actorEmail ?? "system"}</span>
                  <time className="block text-xs text-slate-500" dateTime={entry.at.toISOString()}>
                    {dateFormat.format(entry.at)}
                  </time>
                </li>
              ))}
            </ol>
          )}
        </section>
      </div>
    </>
  );
}
