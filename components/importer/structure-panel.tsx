import { getLocale, getTranslations } from "next-intl/server";
import type { AnalysedSentence } from "@/lib/importer/analyse";
import { sentenceOpAction } from "@/lib/importer/actions";
import { OpForm } from "./op-form";
import { SplitSentenceForm } from "./split-sentence-form";

const kindTone = { commitment: "bg-emerald-100 text-emerald-900", position: "bg-sky-100 text-sky-900", context: "bg-slate-100 text-slate-700" } as const;

/** The recovered sentences by section and paragraph, with their proposed kind and the fixes for a wrong split. */
export async function StructurePanel({ sentences, joins, draftId, version }: { sentences: AnalysedSentence[]; joins: number[]; draftId: string; version: number }) {
  const [t, locale] = await Promise.all([getTranslations("importer"), getLocale()]);
  return (
    <section aria-labelledby="structure-heading" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <h2 id="structure-heading" className="mb-1 font-medium">{t("structure.title", { count: sentences.length })}</h2>
      <p className="mb-3 text-sm text-slate-600">{t("structure.hint")}</p>
      <ol className="space-y-2 text-sm">
        {sentences.map((s, i) => {
          const next = sentences[i + 1];
          const canJoin = next && next.paragraphKey === s.paragraphKey;
          return (
            <li key={`${s.key}-${s.start}`} className="rounded border border-slate-100 p-2" data-testid="sentence">
              <div className="mb-1 flex flex-wrap items-center gap-2 text-xs">
                <span className="font-mono text-slate-500">{s.key}</span>
                <span className={`rounded px-1.5 py-0.5 ${kindTone[s.proposal.kind]}`}>{t(`kinds.${s.proposal.kind}`)}</span>
                {s.proposal.reasons.map((r) => (
                  <span key={r.rule} className="text-slate-600">{r.why[locale === "zh" ? "zh" : "en"]}{r.words.length > 0 && `: ${r.words.join("、")}`}</span>
                ))}
              </div>
              <p>{s.text}</p>
              <div className="mt-1 flex flex-wrap items-center gap-2">
                {canJoin && <OpForm action={sentenceOpAction} fields={{ draftId, version, op: "join", at: s.end }} label={t("structure.mergeNext")} variant="ghost" />}
                {joins.some((j) => j > s.start && j < s.end) && <OpForm action={sentenceOpAction} fields={{ draftId, version, op: "unjoin", at: joins.find((j) => j > s.start && j < s.end)! }} label={t("structure.undoMerge")} variant="ghost" />}
                <SplitSentenceForm draftId={draftId} version={version} start={s.start} length={s.text.length} label={t("structure.splitAt")} button={t("structure.split")} />
              </div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
