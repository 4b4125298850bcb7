"use client";
import { useLocale, useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { useTable, type RowSelectionState, type SortingState } from "@tanstack/react-table";
import { Pagination } from "@/components/data-table/pagination";
import { useFilterNavigation } from "@/components/data-table/use-filter-navigation";
import type { CommitmentRow } from "@/lib/commitments/data";
import { hideableColumns, sortKeys, type CommitmentFilter, type HideableColumn, type SortKey } from "@/lib/commitments/schema";
import { dateFormatter } from "@/lib/i18n/localized";
import { commitmentColumns, features } from "./commitment-columns";
import { BulkActionBar, type BulkOptions } from "./bulk-action-bar";
import { ColumnMenu } from "./column-menu";

/** TanStack Table in manual mode: PostgreSQL filtered, sorted and paged these rows; the URL holds the state. */
export function CommitmentsTable({
  rows,
  total,
  filter,
  bulk,
}: {
  rows: CommitmentRow[];
  total: number;
  filter: CommitmentFilter;
  /** Given to analysts: rows become selectable for bulk status (and, for admins, owner) changes. */
  bulk?: BulkOptions;
}) {
  const selectable = bulk !== undefined;
  const t = useTranslations("commitments");
  const tTable = useTranslations("table");
  const locale = useLocale();
  const { update, pending } = useFilterNavigation(filter);
  const [rowSelection, setRowSelection] = useState<RowSelectionState>({});
  const [notice, setNotice] = useState("");
  const columns = useMemo(
    () => commitmentColumns({ t: (key, values) => t(key, values), date: dateFormatter(locale), selectable }),
    [t, locale, selectable],
  );
  const sorting: SortingState = [{ id: filter.sort, desc: filter.dir === "desc" }];
  const columnVisibility = Object.fromEntries(filter.hide.map((id) => [id, false]));

  const table = useTable({
    features,
    columns,
    data: rows,
    getRowId: (row) => row.id,
    manualSorting: true,
    enableSortingRemoval: false,
    state: { sorting, columnVisibility, rowSelection },
    onRowSelectionChange: setRowSelection,
    onSortingChange: (updater) => {
      const next = typeof updater === "function" ? updater(sorting) : updater;
      const first = next[0];
      if (first && (sortKeys as readonly string[]).includes(first.id)) {
        update({ sort: first.id as SortKey, dir: first.desc ? "desc" : "asc" });
      }
    },
    onColumnVisibilityChange: (updater) => {
      const next = typeof updater === "function" ? updater(columnVisibility) : updater;
      update({ hide: hideableColumns.filter((id) => next[id] === false), page: filter.page });
    },
  });
  const selected = rows.filter((row) => rowSelection[row.id]);

  return (
    <div>
      <div className="mb-2 flex items-center justify-between gap-2">
        <div className="flex-1">
          {bulk && selected.length > 0 && (
            <BulkActionBar
              selectedIds={selected.map((row) => row.id)}
              options={bulk}
              onDone={(message) => {
                setRowSelection({});
                setNotice(message);
              }}
            />
          )}
          <p role="status" className={notice ? "rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-800" : "sr-only"}>{notice}</p>
        </div>
        <ColumnMenu
          columns={hideableColumns.map((id) => ({ id, label: t(`columns.${id}`), visible: !filter.hide.includes(id) }))}
          onToggle={(id: HideableColumn, visible) => table.getColumn(id)?.toggleVisibility(visible)}
        />
      </div>
      <div className={`overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm transition-opacity ${pending ? "opacity-60" : ""}`}>
        <table className="min-w-full divide-y divide-slate-200 text-sm" aria-busy={pending}>
          <caption className="sr-only">{t("caption")}</caption>
          <thead className="bg-slate-50">
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => {
                  const sorted = header.column.getIsSorted();
                  const label = header.isPlaceholder ? null : <table.FlexRender header={header} />;
                  return (
                    <th
                      key={header.id}
                      scope="col"
                      aria-sort={sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : undefined}
                      className="px-3 py-2.5 text-left text-xs font-medium uppercase tracking-wide text-slate-600"
                    >
                      {header.column.getCanSort() ? (
                        <button type="button" onClick={header.column.getToggleSortingHandler()} className="inline-flex items-center gap-1 uppercase hover:text-slate-900">
                          {label}
                          <span aria-hidden className="text-slate-400">{sorted === "asc" ? "▲" : sorted === "desc" ? "▼" : "↕"}</span>
                        </button>
                      ) : (
                        label
                      )}
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody className="divide-y divide-slate-100">
            {table.getRowModel().rows.map((row) => (
              <tr key={row.id} className={row.getIsSelected() ? "bg-brand-50" : "hover:bg-slate-50"}>
                {row.getVisibleCells().map((cell) => (
                  <td key={cell.id} className="px-3 py-2 align-top">
                    <table.FlexRender cell={cell} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
        {rows.length === 0 && (
          <div className="px-6 py-12 text-center">
            <p className="font-medium">{t("emptyTitle")}</p>
            <p className="mt-1 text-sm text-slate-600">{t("emptyHint")}</p>
          </div>
        )}
      </div>
      <Pagination page={filter.page} size={filter.size} total={total} onChange={(patch) => update(patch)} />
      <p className="sr-only" aria-live="polite">{pending ? tTable("loading") : ""}</p>
    </div>
  );
}
