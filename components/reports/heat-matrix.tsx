import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { statusColor, type Status } from "@/lib/tracking/status";

export type HeatRow = { code: string; title: string; cells: Record<string, { status: Status; progress: number } | undefined> };

const light = (status: Status) => status === "NOT_ASSESSED" || status === "NO_EVIDENCE";

/** Commitments × countries as of the report's date: each cell coloured by status, with its progress. */
export async function HeatMatrix({ rows, countries, caption }: { rows: HeatRow[]; countries: { code: string; name: string }[]; caption: string }) {
  const [t, tStatus] = await Promise.all([getTranslations("dashboard"), getTranslations("status")]);
  return (
    <div className="overflow-x-auto">
      <table className="text-xs">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="text-slate-600">
            <th scope="col" className="pb-1 pr-2 text-left font-medium" />
            {countries.map((country) => (
              <th key={country.code} scope="col" className="w-14 pb-1 text-center font-medium">
                <abbr title={country.name} className="no-underline">{country.code}</abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.code}>
              <th scope="row" className="max-w-md py-0.5 pr-2 text-left font-normal">
                <Link href={`/commitments/${row.code}`} className="hover:underline">
                  <span className="font-mono text-slate-500">{row.code}</span>
                  <span className="ml-2 text-slate-800">{row.title}</span>
                </Link>
              </th>
              {countries.map((country) => {
                const cell = row.cells[country.code];
                if (!cell) return <td key={country.code} className="p-0.5"><span className="block h-5 rounded-sm bg-slate-50" title={t("notAParty")} /></td>;
                const label = t("matrixCell", { code: row.code, country: country.name, status: tStatus(cell.status), progress: cell.progress });
                return (
                  <td key={country.code} className="p-0.5">
                    <span role="img" aria-label={label} title={label}
                      className={`flex h-6 items-center justify-center rounded-sm tabular-nums ${statusColor[cell.status]} ${light(cell.status) ? "text-slate-700" : "text-white"}`}>
                      {cell.status === "NOT_ASSESSED" ? "" : `${cell.progress}%`}
                    </span>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
