import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { statusColor, statuses, type Status } from "@/lib/tracking/status";

export type ChartGroup = {
  key: string;
  label: string;
  counts: Partial<Record<Status, number>>;
  total: number;
  /** Where the group's label leads, and each segment (the rows of that group in that status). */
  href?: string;
  segmentHref?: (status: Status) => string;
};

/**
 * Stacked bars of status counts, one per group (country, area). Each segment says what it is to
 * screen readers and in a tooltip, and the same figures are available as a table.
 */
export async function StatusChart({ title, groups, id }: { title: string; groups: ChartGroup[]; id: string }) {
  const [t, tStatus] = await Promise.all([getTranslations("reports"), getTranslations("status")]);
  const used = statuses.filter((status) => groups.some((group) => group.counts[status]));
  return (
    <figure aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`} className="mb-3 font-medium">{title}</figcaption>
      <ul className="space-y-2.5">
        {groups.map((group) => (
          <li key={group.key} className="grid grid-cols-[minmax(6rem,10rem)_1fr_3.5rem] items-center gap-3 text-sm">
            {group.href ? <Link href={group.href} className="truncate hover:underline">{group.label}</Link> : <span className="truncate">{group.label}</span>}
            <div className="flex h-5 w-full overflow-hidden rounded bg-slate-100">
              {statuses.filter((status) => group.counts[status]).map((status) => {
                const label = `${group.label}, ${tStatus(status)}: ${group.counts[status]}`;
                const style = { width: `${((group.counts[status] ?? 0) / group.total) * 100}%` };
                const className = `${statusColor[status]} block h-full hover:opacity-80 focus-visible:outline-offset-0`;
                return group.segmentHref ? (
                  <Link key={status} href={group.segmentHref(status)} aria-label={label} title={label} style={style} className={className} />
                ) : (
                  <span key={status} role="img" aria-label={label} title={label} style={style} className={className} />
                );
              })}
            </div>
            <span className="text-right text-xs tabular-nums text-slate-500">{t("chartTotal", { total: group.total })}</span>
          </li>
        ))}
      </ul>
      <details className="mt-3 text-sm">
        <summary className="cursor-pointer text-xs text-slate-600 hover:text-slate-900">{t("chartTable")}</summary>
        <div className="mt-2 overflow-x-auto">
          <table className="min-w-full text-xs">
            <thead>
              <tr className="text-left text-slate-600">
                <th scope="col" className="py-1 pr-3 font-medium">{title}</th>
                {used.map((status) => <th key={status} scope="col" className="px-2 py-1 text-right font-medium">{tStatus(status)}</th>)}
              </tr>
            </thead>
            <tbody>
              {groups.map((group) => (
                <tr key={group.key} className="border-t border-slate-100">
                  <th scope="row" className="py-1 pr-3 text-left font-normal">{group.label}</th>
                  {used.map((status) => <td key={status} className="px-2 py-1 text-right tabular-nums">{group.counts[status] ?? 0}</td>)}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
