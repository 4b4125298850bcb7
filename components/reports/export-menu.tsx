"use client";
import { useId, useState } from "react";
import { useTranslations } from "next-intl";

const items = [
  { key: "csvRows", format: "csv", set: "commitments" },
  { key: "csvUpdates", format: "csv", set: "updates" },
  { key: "xlsx", format: "xlsx", set: null },
  { key: "jsonRows", format: "json", set: "commitments" },
  { key: "jsonUpdates", format: "json", set: "updates" },
] as const;

/**
 * Downloads of the whole filtered view. `query` is the view's filter as a URL query; the export
 * route parses it with the same schema and ignores the paging.
 */
export function ExportMenu({ query, canIncludeInternal }: { query: string; canIncludeInternal: boolean }) {
  const t = useTranslations("reports.export");
  const id = useId();
  const [internal, setInternal] = useState(false);
  const href = (format: string, set: string | null) => {
    const params = new URLSearchParams(query);
    for (const key of ["page", "size", "format", "set", "internal"]) params.delete(key);
    params.set("format", format);
    if (set) params.set("set", set);
    if (internal && canIncludeInternal && set !== "commitments") params.set("internal", "1");
    return `/api/export/commitments?${params}`;
  };
  return (
    <details className="relative">
      <summary className="flex cursor-pointer list-none items-center gap-1.5 rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm text-slate-800 hover:bg-slate-50">
        {t("menu")}
        <span aria-hidden className="text-xs text-slate-400">▾</span>
      </summary>
      <div className="absolute right-0 z-30 mt-1 w-80 rounded-md border border-slate-200 bg-white p-2 shadow-lg">
        <p className="px-2 pb-1 text-xs text-slate-500">{t("hint")}</p>
        <ul aria-label={t("menu")}>
          {items.map((item) => (
            <li key={item.key}>
              <a href={href(item.format, item.set)} download className="block rounded px-2 py-1.5 text-sm hover:bg-slate-50">
                {t(item.key)}
              </a>
            </li>
          ))}
        </ul>
        {canIncludeInternal && (
          <div className="mt-1 border-t border-slate-100 px-2 pt-2">
            <label htmlFor={`${id}-internal`} className="flex items-center gap-2 text-sm text-slate-700">
              <input id={`${id}-internal`} type="checkbox" checked={internal} onChange={(e) => setInternal(e.target.checked)} aria-describedby={`${id}-internal-hint`} className="h-4 w-4 accent-brand-600" />
              {t("includeInternal")}
            </label>
            <p id={`${id}-internal-hint`} className="mt-1 text-xs text-slate-500">{t("includeInternalHint")}</p>
          </div>
        )}
      </div>
    </details>
  );
}
