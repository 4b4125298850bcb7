import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ImportForm } from "@/components/importer/import-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/session";
import { listDrafts, listImportReference } from "@/lib/importer/data";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("importer"))("title") };
}

export default async function ImportPage() {
  await requirePageUser("ADMIN");
  const [t, locale, drafts, reference] = await Promise.all([getTranslations("importer"), getLocale(), listDrafts(), listImportReference()]);
  const date = new Intl.DateTimeFormat(locale === "zh" ? "zh-CN" : "en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
  const countries = reference.countries.map((c) => ({ code: c.code, name: locale === "zh" ? c.nameZh : c.nameEn }));
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      <div className="grid gap-6 lg:grid-cols-[1fr_22rem]">
        <section aria-labelledby="new-import" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          <h2 id="new-import" className="mb-4 font-medium">{t("newImport")}</h2>
          <ImportForm countries={countries} />
        </section>
        <section aria-labelledby="drafts" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          <h2 id="drafts" className="mb-2 font-medium">{t("drafts")}</h2>
          {drafts.length === 0 ? (
            <p className="text-sm text-slate-600">{t("noDrafts")}</p>
          ) : (
            <ul className="divide-y divide-slate-100 text-sm">
              {drafts.map((d) => (
                <li key={d.id} className="py-2">
                  <Link href={`/admin/import/${d.id}`} className="font-medium text-brand-700 hover:underline">{d.title}</Link>
                  <p className="text-xs text-slate-600">{t("draftBy", { who: d.createdByEmail ?? "?", when: date.format(d.updatedAt) })}</p>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </>
  );
}
