import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ImportForm } from "@/components/imports/import-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/session";
import { requiredColumns } from "@/lib/imports/schema";
import { statuses } from "@/lib/tracking/status";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("imports"))("title") };
}

export default async function ImportPage() {
  await requirePageUser("ANALYST");
  const t = await getTranslations("imports");
  const steps = ["export", "edit", "upload", "apply"] as const;
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      <div className="grid items-start gap-6 lg:grid-cols-3">
        <section className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm lg:col-span-2">
          <ImportForm />
        </section>
        <aside className="space-y-3 rounded-lg border border-slate-200 bg-slate-50 p-4 text-sm text-slate-700">
          <h2 className="font-medium text-slate-900">{t("howTo.title")}</h2>
          <ol className="list-decimal space-y-2 pl-5">
            {steps.map((step) => <li key={step}>{t(`howTo.${step}`)}</li>)}
          </ol>
          <p className="flex flex-wrap gap-3">
            <a href="/api/export/commitments?format=csv" className="text-brand-700 underline">{t("howTo.exportCsv")}</a>
            <a href="/api/export/commitments?format=xlsx" className="text-brand-700 underline">{t("howTo.exportXlsx")}</a>
          </p>
          <p className="text-xs">{t("howTo.columns", { columns: [...requiredColumns, "note", "internal_note"].join(", ") })}</p>
          <p className="text-xs">{t("howTo.statuses", { statuses: statuses.join(", ") })}</p>
        </aside>
      </div>
    </>
  );
}
