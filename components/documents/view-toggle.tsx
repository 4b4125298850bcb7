import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { readingViews, type ReadingView } from "@/lib/documents/schema";

/** Links, not buttons: the view lives in the URL (`?view=`), so it can be shared and bookmarked. */
export async function ViewToggle({ slug, view }: { slug: string; view: ReadingView }) {
  const t = await getTranslations("documents.view");
  return (
    <nav aria-label={t("label")} className="inline-flex rounded-md border border-slate-300 bg-white p-0.5 text-sm shadow-sm">
      {readingViews.map((option) => (
        <Link
          key={option}
          href={`/documents/${slug}?view=${option}`}
          scroll={false}
          aria-current={option === view ? "page" : undefined}
          className={`rounded px-3 py-1.5 font-medium ${option === view ? "bg-brand-600 text-white" : "text-slate-700 hover:bg-slate-100"}`}
        >
          {t(option)}
        </Link>
      ))}
    </nav>
  );
}
