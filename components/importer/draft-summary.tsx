import { getTranslations } from "next-intl/server";
import { deleteDraftAction, saveDraftAction } from "@/lib/importer/actions";
import type { ImportMeta } from "@/lib/importer/schema";
import { OpForm } from "./op-form";

/** The draft's metadata, its progress, and the two ways out: save everything, or discard the draft. */
export async function DraftSummary({ draftId, version, meta, accepted, total }: { draftId: string; version: number; meta: ImportMeta; accepted: number; total: number }) {
  const t = await getTranslations("importer");
  return (
    <section aria-labelledby="draft-summary" className="flex flex-wrap items-start justify-between gap-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <div className="text-sm">
        <h2 id="draft-summary" className="font-medium">{meta.titleEn}</h2>
        <p className="text-slate-600">{meta.date} · {meta.venueEn} · {meta.codePrefix} · {meta.parties.join(", ")}</p>
        <p className="mt-1" data-testid="draft-progress">{t("progress", { accepted, total })}</p>
        <p className="text-xs text-slate-500">{t("autosaved")}</p>
      </div>
      <div className="flex flex-col items-end gap-2">
        <OpForm action={saveDraftAction} fields={{ draftId, version }} label={t("save")} variant="primary" testId="save-draft" />
        <OpForm action={deleteDraftAction} fields={{ draftId, version }} label={t("discard")} variant="danger" />
      </div>
    </section>
  );
}
