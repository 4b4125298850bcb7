"use client";
import Link from "next/link";
import { columnVisibilityFeature, createColumnHelper, rowSelectionFeature, rowSortingFeature, tableFeatures } from "@tanstack/react-table";
import type { CommitmentRow } from "@/lib/commitments/data";
import { CountryStrip } from "./country-strip";

export const features = tableFeatures({ rowSortingFeature, columnVisibilityFeature, rowSelectionFeature });
const helper = createColumnHelper<typeof features, CommitmentRow>();

type Labels = {
  t: (key: string, values?: Record<string, string>) => string;
  date: Intl.DateTimeFormat;
  selectable: boolean;
};

/**
 * Column ids match the URL's sort keys and hideable columns (lib/commitments/schema.ts). Row links
 * are not prefetched: the rows change with every filter, and Next prefetched each visible one (about
 * 60 requests after every change, competing with the next change's request).
 */
export function commitmentColumns({ t, date, selectable }: Labels) {
  const columns = helper.columns([
    helper.accessor("code", {
      header: t("columns.code"),
      cell: (info) => (
        <Link href={`/commitments/${info.getValue()}`} prefetch={false} className="whitespace-nowrap font-mono text-xs text-brand-700 hover:underline">
          {info.getValue()}
        </Link>
      ),
    }),
    helper.accessor("title", {
      header: t("columns.title"),
      cell: (info) => (
        <Link href={`/commitments/${info.row.original.code}`} prefetch={false} className="block min-w-56 max-w-md font-medium text-slate-900 hover:underline">
          {info.getValue()}
        </Link>
      ),
    }),
    helper.accessor("area", { header: t("columns.area") }),
    helper.accessor("document", {
      header: t("columns.document"),
      cell: (info) => <span className="line-clamp-2 text-xs text-slate-600">{info.getValue()}</span>,
    }),
    helper.accessor("strength", { header: t("columns.strength"), cell: (info) => t(`strengths.${info.getValue()}`) }),
    helper.accessor((row) => row.committing.join(" "), {
      id: "parties",
      header: t("columns.parties"),
      enableSorting: false,
      cell: (info) => {
        const parties = info.row.original.committing;
        return <span className="whitespace-nowrap text-xs">{parties.length >= 6 ? t("allParties") : parties.join(", ")}</span>;
      },
    }),
    helper.accessor("countries", {
      header: t("columns.countries"),
      enableSorting: false,
      cell: (info) => <CountryStrip code={info.row.original.code} countries={info.getValue()} />,
    }),
    helper.accessor("progress", {
      header: t("columns.progress"),
      cell: (info) => {
        const value = info.getValue();
        if (value === null) return <span className="text-xs text-slate-400">—</span>;
        return (
          <div className="flex items-center gap-2" title={`${value}%`}>
            <div className="h-1.5 w-16 overflow-hidden rounded bg-slate-200">
              <div className="h-full bg-brand-600" style={{ width: `${value}%` }} />
            </div>
            <span className="tabular-nums text-xs">{value}%</span>
          </div>
        );
      },
    }),
    helper.accessor("lastUpdate", {
      header: t("columns.lastUpdate"),
      cell: (info) => {
        const value = info.getValue();
        return value ? <time className="whitespace-nowrap text-xs" dateTime={new Date(value).toISOString()}>{date.format(new Date(value))}</time> : <span className="text-xs text-slate-400">—</span>;
      },
    }),
    helper.accessor((row) => row.owners.join(", "), {
      id: "owner",
      header: t("columns.owner"),
      enableSorting: false,
      cell: (info) => <span className="text-xs">{info.getValue() || "—"}</span>,
    }),
  ]);
  if (!selectable) return columns;
  return helper.columns([
    helper.display({
      id: "select",
      enableSorting: false,
      header: ({ table }) => (
        <input
          type="checkbox"
          aria-label={t("selectAll")}
          checked={table.getIsAllRowsSelected()}
          onChange={table.getToggleAllRowsSelectedHandler()}
          className="h-4 w-4 accent-brand-600"
        />
      ),
      cell: ({ row }) => (
        <input
          type="checkbox"
          aria-label={t("selectRow", { code: row.original.code })}
          checked={row.getIsSelected()}
          onChange={row.getToggleSelectedHandler()}
          className="h-4 w-4 accent-brand-600"
        />
      ),
    }),
    ...columns,
  ]);
}
