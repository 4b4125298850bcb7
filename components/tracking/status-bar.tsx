import { getTranslations } from "next-intl/server";
import { statusColor, statuses, type Status } from "@/lib/tracking/status";

/** A horizontal stacked bar of status counts, with a text equivalent for screen readers. */
export async function StatusBar({ counts, total }: { counts: Partial<Record<Status, number>>; total: number }) {
  const t = await getTranslations("status");
  const parts = statuses.filter((status) => (counts[status] ?? 0) > 0);
  const summary = parts.map((status) => `${t(status)}: ${counts[status]}`).join(", ");
  return (
    <div className="flex h-5 w-full overflow-hidden rounded bg-slate-100" role="img" aria-label={summary}>
      {parts.map((status) => (
        <div
          key={status}
          className={statusColor[status]}
          style={{ width: `${((counts[status] ?? 0) / total) * 100}%` }}
          title={`${t(status)}: ${counts[status]}`}
        />
      ))}
    </div>
  );
}
