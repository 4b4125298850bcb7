"use client";
import { useLocale, useTranslations } from "next-intl";
import { StatusBadge } from "@/components/tracking/status-badge";
import { Button } from "@/components/ui/button";
import { dateFormatter } from "@/lib/i18n/localized";
import type { Status } from "@/lib/tracking/status";
import { summarizeChange, type TrackingConflict } from "@/lib/updates/conflicts";

/** What other analysts saved since the form was opened, and the way to save on top of it. */
export function ConflictPanel({
  conflicts,
  countryName,
  onReapply,
  pending,
}: {
  conflicts: TrackingConflict[];
  countryName: (code: string) => string;
  onReapply: () => void;
  pending: boolean;
}) {
  const t = useTranslations("updates.conflict");
  const tStatus = useTranslations("status");
  const locale = useLocale();
  const format = dateFormatter(locale, { dateStyle: "medium", timeStyle: "short" });
  const context = {
    t: (key: string, values?: Record<string, string | number>) => t(key, values),
    statusLabel: (status: Status) => tStatus(status),
    formatTime: (iso: string) => `${format.format(new Date(iso))} UTC`,
  };
  return (
    <section role="alert" aria-labelledby="update-conflict-title" className="space-y-3 rounded-md border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950">
      <h3 id="update-conflict-title" className="font-semibold">
        {t("title")}
      </h3>
      <p>{t("intro")}</p>
      <ul className="space-y-3">
        {conflicts.map((conflict) => {
          const country = countryName(conflict.countryCode);
          return (
            <li key={conflict.countryCode} className="space-y-1">
              {conflict.changes.length === 0 ? (
                <p>{t("otherChange", { country })}</p>
              ) : (
                <ul className="list-disc space-y-1 pl-5">
                  {conflict.changes.map((change) => (
                    <li key={change.id}>{summarizeChange(change, { ...context, country })}</li>
                  ))}
                </ul>
              )}
              <p className="flex flex-wrap items-center gap-2 text-amber-900">
                {t("now", { country })} <StatusBadge status={conflict.current.status} progress={conflict.current.progress} />
              </p>
            </li>
          );
        })}
      </ul>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="button" onClick={onReapply} disabled={pending}>
          {t("reapply")}
        </Button>
        <p className="text-xs text-amber-900">{t("reapplyHint")}</p>
      </div>
    </section>
  );
}
