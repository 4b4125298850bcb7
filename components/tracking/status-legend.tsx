import { getTranslations } from "next-intl/server";
import { statusColor, statuses } from "@/lib/tracking/status";

export async function StatusLegend({ label }: { label: string }) {
  const tStatus = await getTranslations("status");
  return (
    <ul className="flex flex-wrap gap-x-3 gap-y-1 text-xs text-slate-600" aria-label={label}>
      {statuses.map((status) => (
        <li key={status} className="flex items-center gap-1.5">
          <span aria-hidden className={`h-3 w-3 rounded-sm ${statusColor[status]}`} />
          {tStatus(status)}
        </li>
      ))}
    </ul>
  );
}
