import { getLocale, getTranslations } from "next-intl/server";
import { lineOpAction } from "@/lib/importer/actions";
import type { PageLine } from "@/lib/importer/debris";
import { OpForm } from "./op-form";

/** Every line set aside as page debris, with its reason; each can be restored (and set aside again). */
export async function DebrisPanel({ lines, draftId, version }: { lines: PageLine[]; draftId: string; version: number }) {
  const [t, locale] = await Promise.all([getTranslations("importer"), getLocale()]);
  const flagged = lines.filter((l) => l.debris);
  return (
    <section aria-labelledby="debris-heading" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <h2 id="debris-heading" className="mb-1 font-medium">{t("debris.title", { count: flagged.length })}</h2>
      <p className="mb-3 text-sm text-slate-600">{t("debris.hint")}</p>
      <ul className="divide-y divide-slate-100 text-sm">
        {flagged.map((line) => (
          <li key={line.index} className="flex flex-wrap items-center justify-between gap-2 py-2" data-testid="debris-line">
            <div className="min-w-0 flex-1">
              <p className={`truncate ${line.restored ? "" : "text-slate-500 line-through"}`} title={line.text}>{line.text}</p>
              <p className="text-xs text-slate-600">
                {line.debris!.why[locale === "zh" ? "zh" : "en"]}
                {line.restored && ` · ${t("debris.restored")}`}
              </p>
            </div>
            <OpForm
              action={lineOpAction}
              fields={{ draftId, version, line: line.index, op: line.restored ? "setAside" : "restore" }}
              label={line.restored ? t("debris.setAside") : t("debris.restore")}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
