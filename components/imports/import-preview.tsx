"use client";
import { SimpleTable } from "@/components/ui/simple-table";
import { useTranslations } from "next-intl";
import { StatusBadge } from "@/components/tracking/status-badge";
import type { PreviewRow, PreviewView, RowOutcome, TrackingState } from "@/lib/imports/schema";

const outcomeStyle: Record<RowOutcome, string> = {
  update: "bg-brand-50 text-brand-800 ring-brand-600/30",
  unchanged: "bg-slate-50 text-slate-600 ring-slate-300",
  error: "bg-red-50 text-red-800 ring-red-600/30",
};

const score = (value: number | null) => (value === null ? "—" : value > 0 ? `+${value}` : String(value));

function State({ state }: { state: TrackingState }) {
  return (
    <span className="inline-flex items-center gap-1">
      <StatusBadge status={state.status} progress={state.progress} />
      <span className="text-xs text-slate-500">({score(state.complianceScore)})</span>
    </span>
  );
}

function Details({ row }: { row: PreviewRow }) {
  const t = useTranslations("imports");
  return (
    <div className="space-y-1">
      {row.outcome === "update" && row.before && row.after && (
        <p className="flex flex-wrap items-center gap-1.5">
          <State state={row.before} /> <span aria-hidden>→</span> <span className="sr-only">{t("changesTo")}</span> <State state={row.after} />
        </p>
      )}
      {row.outcome === "unchanged" && row.before && <State state={row.before} />}
      {row.note && <p className="text-xs text-slate-600">{t("note", { note: row.note })}</p>}
      {row.issues.map((issue) => (
        <p key={issue.key} className={row.outcome === "error" ? "text-red-800" : "text-slate-600"}>
          {t(`row.${issue.key}`, issue.values)}
        </p>
      ))}
    </div>
  );
}

/** The dry run: every row's outcome, errors first, with the reason or the change it makes. */
export function ImportPreview({ preview }: { preview: PreviewView }) {
  const t = useTranslations("imports");
  const total = preview.counts.update + preview.counts.unchanged + preview.counts.error;
  return (
    <section aria-labelledby="import-preview-title" className="space-y-3">
      <h2 id="import-preview-title" className="font-medium">{t("summary", { file: preview.fileName })}</h2>
      <ul className="flex flex-wrap gap-2 text-sm">
        {(["update", "unchanged", "error"] as const).map((outcome) => (
          <li key={outcome} className={`rounded-full px-3 py-1 ring-1 ring-inset ${outcomeStyle[outcome]}`} data-testid={`import-count-${outcome}`}>
            {t(`outcome.${outcome}`)}: <span className="font-semibold tabular-nums">{preview.counts[outcome]}</span>
          </li>
        ))}
      </ul>
      {preview.shown < total && <p className="text-xs text-slate-500">{t("shown", { shown: preview.shown, total })}</p>}
      <SimpleTable headers={[t("columns.line"), t("columns.commitment"), t("columns.country"), t("columns.result"), t("columns.details")]}>
            {preview.rows.map((row) => (
              <tr key={row.line} data-testid={`import-row-${row.line}`} className="align-top">
                <td className="px-3 py-2 tabular-nums text-slate-500">{row.line}</td>
                <td className="px-3 py-2 font-mono text-xs">{row.code || "—"}</td>
                <td className="px-3 py-2">{row.country || "—"}</td>
                <td className="px-3 py-2">
                  <span className={`whitespace-nowrap rounded px-2 py-0.5 text-xs ring-1 ring-inset ${outcomeStyle[row.outcome]}`}>{t(`outcome.${row.outcome}`)}</span>
                </td>
                <td className="px-3 py-2"><Details row={row} /></td>
              </tr>
            ))}
          </SimpleTable>
    </section>
  );
}
