import { getLocale, getTranslations } from "next-intl/server";
import { dateFormatter } from "@/lib/i18n/localized";
import { statuses, type Status } from "@/lib/tracking/status";
import type { ChangeHistoryEntry } from "@/lib/updates/data";

const actionKeys: Record<string, string> = {
  "tracking.update": "trackingUpdate",
  "tracking.owner": "trackingOwner",
  "tracking.bulk_update": "trackingBulkUpdate",
  "occurrence.update": "occurrenceUpdate",
};
// Bookkeeping fields (versions, ids) are left out: the list shows what a reader cares about.
const shownFields = ["countryCode", "period", "status", "progress", "complianceScore", "hasEvidence", "ownerId", "heldOn", "venueEn", "venueZh"];

const asRecord = (value: unknown) => (value && typeof value === "object" ? (value as Record<string, unknown>) : {});
const isStatus = (value: unknown): value is Status => statuses.includes(value as Status);

/** The audit trail of a commitment's rows (from listChangeHistory): who changed what, and from what. */
export async function ChangeHistory({ entries }: { entries: ChangeHistoryEntry[] }) {
  const [t, tStatus, locale] = await Promise.all([getTranslations("updates.history"), getTranslations("status"), getLocale()]);
  const when = dateFormatter(locale, { dateStyle: "medium", timeStyle: "short" });
  const show = (value: unknown) => (isStatus(value) ? tStatus(value) : value === null || value === undefined ? "—" : String(value));
  if (entries.length === 0) return <p className="text-sm text-slate-600">{t("empty")}</p>;
  return (
    <ol className="space-y-2 text-sm">
      {entries.map((entry) => {
        const before = asRecord(entry.before);
        const after = asRecord(entry.after);
        const changed = shownFields.filter((field) => field in after && String(before[field]) !== String(after[field]));
        return (
          <li key={entry.id} className="border-b border-slate-100 pb-2 last:border-0">
            <p>
              <span className="font-medium">{entry.actor ?? t("system")}</span>{" "}
              {t(`actions.${actionKeys[entry.action] ?? "other"}`)}
              {typeof after.countryCode === "string" && <span className="text-slate-600"> · {after.countryCode}</span>}
              <time dateTime={entry.at.toISOString()} className="block text-xs text-slate-500">
                {when.format(entry.at)} UTC
              </time>
            </p>
            {changed.length > 0 && (
              <ul className="mt-1 text-xs text-slate-600">
                {changed.filter((field) => field !== "countryCode").map((field) => (
                  <li key={field}>
                    <span className="font-mono">{field}</span>: {show(before[field])} → {show(after[field])}
                  </li>
                ))}
              </ul>
            )}
          </li>
        );
      })}
    </ol>
  );
}
