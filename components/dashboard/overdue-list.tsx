import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { OverdueItem } from "@/lib/dashboard/data";
import { dateFormatter, localized } from "@/lib/i18n/localized";

/** Pending occurrences of recurring commitments whose expected date has passed, oldest first. */
export async function OverdueList({ items, total, allHref }: { items: OverdueItem[]; total: number; allHref: string }) {
  const [t, locale] = await Promise.all([getTranslations("dashboard"), getLocale()]);
  const day = dateFormatter(locale);
  if (items.length === 0) return <p className="text-sm text-slate-600">{t("overdueEmpty")}</p>;
  return (
    <>
      <ul className="space-y-2 text-sm">
        {items.map((item) => (
          <li key={`${item.code}-${item.period}`}>
            <Link href={`/commitments/${item.code}`} className="hover:underline">
              <span className="font-mono text-xs text-slate-500">{item.code}</span> {localized(locale, item.titleZh, item.titleEn)}
            </Link>
            <span className="block text-xs text-red-700">{t("overdueDue", { period: item.period, date: day.format(item.expectedBy) })}</span>
          </li>
        ))}
      </ul>
      {total > items.length && <Link href={allHref} className="mt-3 inline-block text-sm text-brand-700 underline">{t("overdueAll", { count: total })}</Link>}
    </>
  );
}
