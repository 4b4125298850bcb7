"use client";
import { useTranslations } from "next-intl";
import { pageSizes } from "@/lib/commitments/schema";

export function Pagination({
  page,
  size,
  total,
  onChange,
}: {
  page: number;
  size: number;
  total: number;
  onChange: (patch: { page?: number; size?: (typeof pageSizes)[number] }) => void;
}) {
  const t = useTranslations("table");
  const pages = Math.max(1, Math.ceil(total / size));
  const from = total === 0 ? 0 : (page - 1) * size + 1;
  const to = Math.min(total, page * size);
  return (
    <nav aria-label={t("pagination")} className="flex flex-wrap items-center justify-between gap-3 px-1 py-3 text-sm text-slate-600">
      <p aria-live="polite">{t("range", { from, to, total })}</p>
      <div className="flex items-center gap-2">
        <label className="flex items-center gap-2">
          {t("rowsPerPage")}
          <select
            value={size}
            onChange={(event) => onChange({ size: Number(event.target.value) as (typeof pageSizes)[number], page: 1 })}
            className="rounded-md border border-slate-300 bg-white px-2 py-1"
          >
            {pageSizes.map((option) => (
              <option key={option} value={option}>
                {option}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => onChange({ page: page - 1 })} disabled={page <= 1} className="rounded-md border border-slate-300 bg-white px-3 py-1 disabled:opacity-40">
          {t("previous")}
        </button>
        <span className="tabular-nums">{t("pageOf", { page: Math.min(page, pages), pages })}</span>
        <button type="button" onClick={() => onChange({ page: page + 1 })} disabled={page >= pages} className="rounded-md border border-slate-300 bg-white px-3 py-1 disabled:opacity-40">
          {t("next")}
        </button>
      </div>
    </nav>
  );
}
