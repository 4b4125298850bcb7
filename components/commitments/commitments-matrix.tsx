import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { CommitmentRow } from "@/lib/commitments/data";
import { StatusLegend } from "@/components/tracking/status-legend";
import { statusColor } from "@/lib/tracking/status";

/**
 * Commitments × countries: each cell is the status colour and progress, and opens the update form
 * for that pair. Seven links a row: none is prefetched, as in the table.
 */
export async function CommitmentsMatrix({
  rows,
  countries,
  canUpdate,
}: {
  rows: CommitmentRow[];
  countries: { code: string; name: string }[];
  canUpdate: boolean;
}) {
  const [t, tStatus] = await Promise.all([getTranslations("commitments"), getTranslations("status")]);
  return (
    <div className="space-y-3">
      <StatusLegend label={t("legend")} />
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
        <table className="min-w-full text-sm">
          <caption className="sr-only">{t("matrixCaption")}</caption>
          <thead className="bg-slate-50 text-xs text-slate-600">
            <tr>
              <th scope="col" className="px-3 py-2 text-left font-medium">{t("columns.title")}</th>
              {countries.map((country) => (
                <th key={country.code} scope="col" className="w-20 px-1 py-2 text-center font-medium">
                  <abbr title={country.name} className="no-underline">{country.code}</abbr>
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((row) => {
              const byCountry = new Map(row.countries.map((entry) => [entry.country, entry]));
              return (
                <tr key={row.id}>
                  <th scope="row" className="max-w-md px-3 py-1.5 text-left font-normal">
                    <Link href={`/commitments/${row.code}`} prefetch={false} className="hover:underline">
                      <span className="mr-2 font-mono text-xs text-slate-500">{row.code}</span>
                      {row.title}
                    </Link>
                  </th>
                  {countries.map((country) => {
                    const entry = byCountry.get(country.code);
                    if (!entry) return <td key={country.code} className="bg-slate-50" aria-label={t("notAParty")} />;
                    const label = `${row.code} · ${country.name}: ${tStatus(entry.status)}, ${entry.progress}%`;
                    const light = entry.status === "NO_EVIDENCE" || entry.status === "NOT_ASSESSED";
                    return (
                      <td key={country.code} className="p-0.5">
                        <Link
                          href={`/commitments/${row.code}?country=${country.code}${canUpdate ? "#update" : ""}`}
                          prefetch={false}
                          title={label}
                          aria-label={label}
                          className={`flex h-8 items-center justify-center rounded-sm text-xs tabular-nums ${statusColor[entry.status]} ${light ? "text-slate-700" : "text-white"} hover:ring-2 hover:ring-slate-900`}
                        >
                          {entry.status === "NOT_ASSESSED" ? "" : `${entry.progress}%`}
                        </Link>
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
