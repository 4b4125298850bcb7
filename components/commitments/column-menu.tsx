"use client";
import { useTranslations } from "next-intl";
import type { HideableColumn } from "@/lib/commitments/schema";

export function ColumnMenu({
  columns,
  onToggle,
}: {
  columns: { id: HideableColumn; label: string; visible: boolean }[];
  onToggle: (id: HideableColumn, visible: boolean) => void;
}) {
  const t = useTranslations("table");
  return (
    <details className="relative">
      <summary className="cursor-pointer list-none rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm text-slate-700 hover:bg-slate-50">
        {t("columns")} ▾
      </summary>
      <fieldset className="absolute right-0 z-30 mt-1 w-56 rounded-md border border-slate-200 bg-white p-1 shadow-lg">
        <legend className="sr-only">{t("columns")}</legend>
        {columns.map((column) => (
          <label key={column.id} className="flex cursor-pointer items-center gap-2 rounded px-2 py-1.5 text-sm hover:bg-slate-50">
            <input type="checkbox" checked={column.visible} onChange={(event) => onToggle(column.id, event.target.checked)} className="h-4 w-4 accent-brand-600" />
            {column.label}
          </label>
        ))}
      </fieldset>
    </details>
  );
}
