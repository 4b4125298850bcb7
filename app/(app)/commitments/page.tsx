import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { CommitmentsMatrix } from "@/components/commitments/commitments-matrix";
import { CommitmentsTable } from "@/components/commitments/commitments-table";
import { CommitmentsToolbar } from "@/components/commitments/commitments-toolbar";
import { ViewPager } from "@/components/commitments/view-pager";
import { ExportMenu } from "@/components/reports/export-menu";
import { PageHeader } from "@/components/ui/page-header";
import { hasRole } from "@/lib/auth/roles";
import { requirePageUser } from "@/lib/auth/session";
import { countFacets, listCommitments, listFilterOptions } from "@/lib/commitments/data";
import { filterToSearchParams, parseCommitmentFilter } from "@/lib/commitments/schema";
import { localized } from "@/lib/i18n/localized";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("commitments"))("title") };
}

export default async function CommitmentsPage({ searchParams }: PageProps<"/commitments">) {
  const user = await requirePageUser();
  const filter = parseCommitmentFilter(await searchParams);
  const locale = await getLocale();
  // Not awaited: the counts stream to the toolbar after the rows, which paint without them.
  const facets = countFacets(filter);
  const [t, { rows, total }, options] = await Promise.all([
    getTranslations("commitments"),
    listCommitments(filter, locale),
    listFilterOptions(),
  ]);
  const countries = options.countries.map((c) => ({ code: c.code, name: localized(locale, c.nameZh, c.nameEn) }));
  const viewLink = (view: "table" | "matrix") => `/commitments?${filterToSearchParams({ ...filter, view, page: 1 })}`;
  const canUpdate = hasRole(user.role, "ANALYST");
  return (
    <>
      <PageHeader
        title={t("title")}
        subtitle={t("subtitle", { total })}
        actions={
          <div className="flex flex-wrap items-center gap-2">
          <ExportMenu query={filterToSearchParams(filter).toString()} canIncludeInternal={canUpdate} />
          <nav aria-label={t("views")} className="flex rounded-md border border-slate-300 bg-white text-sm">
            {(["table", "matrix"] as const).map((view) => (
              <Link
                key={view}
                href={viewLink(view)}
                aria-current={filter.view === view ? "page" : undefined}
                className={`px-3 py-1.5 first:rounded-l-md last:rounded-r-md ${filter.view === view ? "bg-brand-600 text-white" : "text-slate-700 hover:bg-slate-50"}`}
              >
                {t(`view.${view}`)}
              </Link>
            ))}
          </nav>
          </div>
        }
      />
      <CommitmentsToolbar
        filter={filter}
        facets={facets}
        options={{
          countries,
          areas: options.areas.map((a) => ({ slug: a.slug, name: localized(locale, a.nameZh, a.nameEn) })),
          documents: options.documents.map((d) => ({ slug: d.slug, title: localized(locale, d.titleZh, d.titleEn) })),
          owners: options.owners,
        }}
      />
      {filter.view === "matrix" ? (
        <>
          {rows.length === 0 ? (
            <p className="rounded-lg border border-slate-200 bg-white px-6 py-12 text-center text-sm text-slate-600">{t("emptyHint")}</p>
          ) : (
            <CommitmentsMatrix rows={rows} countries={countries} canUpdate={canUpdate} />
          )}
          <ViewPager filter={filter} total={total} />
        </>
      ) : (
        <CommitmentsTable
          rows={rows}
          total={total}
          filter={filter}
          bulk={canUpdate ? { countries, owners: hasRole(user.role, "ADMIN") ? options.owners : undefined } : undefined}
        />
      )}
    </>
  );
}
