import { useTranslations } from "next-intl";
import { statusColor, type Status } from "@/lib/tracking/status";

/** The status as a coloured dot and its name; works in server and client components. */
export function StatusBadge({ status, progress }: { status: Status; progress?: number }) {
  const t = useTranslations("status");
  return (
    <span className="inline-flex items-center gap-1.5 whitespace-nowrap text-sm">
      <span aria-hidden className={`h-2.5 w-2.5 rounded-full ${statusColor[status]}`} />
      {t(status)}
      {progress !== undefined && <span className="tabular-nums text-slate-500">· {progress}%</span>}
    </span>
  );
}
