import { getTranslations } from "next-intl/server";
import { statuses } from "@/lib/tracking/status";
import { highlightTone, sentenceKinds, sentenceKindStyle } from "./highlight-tone";

/** What the styles of the statement text mean: kinds of sentence, status colours, the translation. */
export async function ReadingLegend() {
  const [t, tStatus] = await Promise.all([getTranslations("documents"), getTranslations("status")]);
  return (
    <section aria-labelledby="legend-heading" className="rounded-lg border border-slate-200 bg-white p-4 text-sm shadow-sm">
      <h2 id="legend-heading" className="mb-3 font-medium">{t("legend.title")}</h2>
      <dl className="space-y-3">
        {sentenceKinds.map((kind) => (
          <div key={kind}>
            <dt className={`font-medium ${sentenceKindStyle[kind]}`}>
              {kind === "COMMITMENT" ? (
                <span className={`rounded-sm border-b-2 px-px ${highlightTone.NOT_ASSESSED}`}>{t(`kinds.${kind}`)}</span>
              ) : (
                t(`kinds.${kind}`)
              )}
            </dt>
            <dd className="mt-0.5 text-xs leading-5 text-slate-600">{t(`legend.${kind}`)}</dd>
          </div>
        ))}
      </dl>
      <h3 className="mb-2 mt-4 text-xs text-slate-500">{t("legend.statuses")}</h3>
      <ul className="flex flex-wrap gap-1.5">
        {statuses.map((status) => (
          <li key={status} className={`rounded-sm border-b-2 px-1.5 py-0.5 text-xs text-slate-800 ${highlightTone[status]}`}>
            {tStatus(status)}
          </li>
        ))}
      </ul>
      <p className="mt-4 border-t border-slate-100 pt-3 text-xs leading-5 text-slate-600">{t("legend.translation")}</p>
    </section>
  );
}
