import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { MatrixRow } from "@/lib/dashboard/data";
import { statusColor } from "@/lib/tracking/status";

/**
 * The commitments × countries matrix at a glance: one row per country, one small cell per
 * commitment, coloured by status. Each cell names itself to screen readers and opens its record.
 */
export async function HeatStrip({ rows, countries, title }: { rows: MatrixRow[]; countries: { code: string; name: string }[]; title: (row: MatrixRow) => string }) {
  const [t, tStatus] = await Promise.all([getTranslations("dashboard"), getTranslations("status")]);
  const cells = rows.map((row) => new Map(row.cells.map((cell) => [cell.country, cell])));
  // Codes share their document prefix; the column headers show what tells them apart.
  const short = (code: string) => code.replace(/^.*-(?=\d+\.\d+[a-z]?$)/, "");
  return (
    <div className="overflow-x-auto">
      <table className="border-separate border-spacing-0.5 text-xs">
        <caption className="sr-only">{t("matrix")}</caption>
        <thead>
          <tr>
            <td />
            {rows.map((row) => (
              <th key={row.code} scope="col" className="h-12 w-5 align-bottom font-normal text-slate-500">
                <Link href={`/commitments/${row.code}`} title={`${row.code} ${title(row)}`} className="inline-block font-mono [writing-mode:vertical-rl] hover:text-slate-900 hover:underline">
                  {short(row.code)}
                </Link>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {countries.map((country) => (
            <tr key={country.code}>
              <th scope="row" className="pr-2 text-left font-medium text-slate-700">
                <abbr title={country.name} className="no-underline">{country.code}</abbr>
              </th>
              {rows.map((row, index) => {
                const cell = cells[index].get(country.code);
                if (!cell) return <td key={row.code}><span className="block h-5 w-5 rounded-sm bg-slate-50" title={t("notAParty")} /></td>;
                const label = t("matrixCell", { code: row.code, country: country.name, status: tStatus(cell.status), progress: cell.progress });
                return (
                  <td key={row.code}>
                    <Link href={`/commitments/${row.code}?country=${country.code}`} aria-label={label} title={label}
                      className={`block h-5 w-5 rounded-sm ${statusColor[cell.status]} hover:ring-2 hover:ring-slate-900`} />
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
