import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function DocumentNotFound() {
  const t = await getTranslations("documents");
  return (
    <div className="grid min-h-[50vh] place-items-center">
      <div className="max-w-md text-center">
        <p className="font-mono text-sm text-slate-500">404</p>
        <h1 className="mt-2 text-2xl font-semibold">{t("notFound.title")}</h1>
        <p className="mt-2 text-slate-600">{t("notFound.hint")}</p>
        <Link href="/documents" className="mt-6 inline-block rounded-md bg-brand-600 px-3 py-2 text-sm font-medium text-white hover:bg-brand-700">
          {t("backToList")}
        </Link>
      </div>
    </div>
  );
}
