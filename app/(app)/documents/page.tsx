import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { DocumentList } from "@/components/documents/document-list";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/session";
import { listDocuments } from "@/lib/documents/data";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("documents"))("title") };
}

export default async function DocumentsPage() {
  await requirePageUser();
  const [t, locale, documents] = await Promise.all([getTranslations("documents"), getLocale(), listDocuments()]);
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      {documents.length === 0 ? (
        <div className="rounded-lg border border-dashed border-slate-300 bg-white px-6 py-12 text-center">
          <h2 className="font-medium">{t("empty.title")}</h2>
          <p className="mx-auto mt-1 max-w-md text-sm text-slate-600">{t("empty.hint")}</p>
        </div>
      ) : (
        <DocumentList documents={documents} locale={locale} />
      )}
    </>
  );
}
