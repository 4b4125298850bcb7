import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { DocumentFacts } from "@/components/documents/document-facts";
import { readingViewSchema, documentSlugSchema } from "@/lib/documents/schema";
import { ReadingLegend } from "@/components/documents/reading-legend";
import { StatementText } from "@/components/documents/statement-text";
import { ViewToggle } from "@/components/documents/view-toggle";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/session";
import { getDocumentForReading } from "@/lib/documents/data";
import { dateFormatter, localized } from "@/lib/i18n/localized";

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

async function findDocument(params: Props["params"]) {
  const slug = documentSlugSchema.safeParse((await params).slug);
  return slug.success ? getDocumentForReading(slug.data) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await requirePageUser();
  const [locale, document] = await Promise.all([getLocale(), findDocument(params)]);
  return { title: document ? localized(locale, document.titleZh, document.titleEn) : (await getTranslations("documents"))("title") };
}

export default async function DocumentPage({ params, searchParams }: Props) {
  await requirePageUser();
  const [t, locale, document, { view: rawView }] = await Promise.all([getTranslations("documents"), getLocale(), findDocument(params), searchParams]);
  if (!document) notFound();
  const view = readingViewSchema.parse(rawView);
  const subtitle = [dateFormatter(locale, { dateStyle: "long" }).format(document.date), localized(locale, document.formatZh, document.formatEn)];
  return (
    <>
      <nav aria-label={t("breadcrumb")} className="mb-3 text-sm">
        <Link href="/documents" className="text-brand-700 underline-offset-2 hover:underline">
          ← {t("backToList")}
        </Link>
      </nav>
      <PageHeader
        title={localized(locale, document.titleZh, document.titleEn)}
        subtitle={subtitle.filter(Boolean).join(" · ")}
        actions={<ViewToggle slug={document.slug} view={view} />}
      />
      <div className="grid gap-6 xl:grid-cols-[minmax(0,1fr)_18rem]">
        <StatementText document={document} view={view} locale={locale} />
        <aside aria-label={t("aside")} className="space-y-6">
          <DocumentFacts document={document} locale={locale} />
          <ReadingLegend />
        </aside>
      </div>
    </>
  );
}
