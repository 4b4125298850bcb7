import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { RecentChange, RecentUpdate } from "@/lib/dashboard/data";
import { dateFormatter, localized } from "@/lib/i18n/localized";

type Country = { code: string; nameZh: string; nameEn: string };

/** The latest status updates and the other audited changes, as sentences with links. */
export async function RecentActivity({ updates, changes, countries }: { updates: RecentUpdate[]; changes: RecentChange[]; countries: Country[] }) {
  const [t, tStatus, locale] = await Promise.all([getTranslations("dashboard"), getTranslations("status"), getLocale()]);
  const when = dateFormatter(locale, { dateStyle: "medium", timeStyle: "short" });
  const countryName = (code: string) => {
    const country = countries.find((c) => c.code === code);
    return country ? localized(locale, country.nameZh, country.nameEn) : code;
  };
  const time = (at: Date) => <time dateTime={at.toISOString()} className="block text-xs text-slate-500">{when.format(at)} UTC</time>;
  return (
    <div className="grid gap-6 sm:grid-cols-2">
      <div>
        <h3 className="mb-2 text-sm font-medium text-slate-700">{t("latestUpdates")}</h3>
        {updates.length === 0 ? <p className="text-sm text-slate-600">{t("noUpdates")}</p> : (
          <ol className="space-y-2 text-sm">
            {updates.map((update) => (
              <li key={update.id} className="border-b border-slate-100 pb-2 last:border-0">
                <span className="font-medium">{update.author ?? t("someone")}</span>{" · "}
                <Link href={`/commitments/${update.code}?country=${update.country}`} className="hover:underline">
                  <span className="font-mono text-xs text-slate-500">{update.code}</span> {localized(locale, update.titleZh, update.titleEn)}
                </Link>
                <span className="block text-slate-700">
                  {t("updateLine", { country: countryName(update.country), before: tStatus(update.statusBefore), after: tStatus(update.status), progress: update.progress })}
                </span>
                {time(update.at)}
              </li>
            ))}
          </ol>
        )}
      </div>
      <div>
        <h3 className="mb-2 text-sm font-medium text-slate-700">{t("otherChanges")}</h3>
        {changes.length === 0 ? <p className="text-sm text-slate-600">{t("noActivity")}</p> : (
          <ol className="space-y-2 text-sm">
            {changes.map((change) => (
              <li key={change.id} className="border-b border-slate-100 pb-2 last:border-0">
                <span className="font-medium">{change.actor ?? t("someone")}</span>{" "}
                {t.has(`actions.${change.action}`) ? t(`actions.${change.action}`) : <span className="font-mono text-xs">{change.action}</span>}{" "}
                {change.subject && (change.subjectLink ? <Link href={change.subjectLink} className="font-mono text-xs hover:underline">{change.subject}</Link> : <span className="font-mono text-xs">{change.subject}</span>)}
                {time(change.at)}
              </li>
            ))}
          </ol>
        )}
      </div>
    </div>
  );
}
