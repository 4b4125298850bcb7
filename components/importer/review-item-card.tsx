"use client";
import { useActionState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field, inputClass, Select, TextInput } from "@/components/ui/field";
import { commitmentTypes, frequencies, strengths } from "@/lib/documents/source-schema";
import { itemOpAction } from "@/lib/importer/actions";
import type { Why } from "@/lib/importer/rule-types";
import type { LinkSuggestion } from "@/lib/importer/similarity";

export type ReviewItemView = {
  id: string; code: string; status: string; quote: string; sentenceKey: string; field: string | null; cue: string;
  titleZh: string; titleEn: string; translation: string; area: string; strength: string; type: string;
  committing: string[]; beneficiaries: string[]; recurrence: string | null; links: string[];
  reasons: { rule: string; words: string[]; why: Why }[];
};
type Option = { value: string; label: string };

const statusTone: Record<string, string> = {
  accepted: "border-emerald-300 bg-emerald-50/40", rejected: "border-slate-200 bg-slate-50 opacity-70", merged: "border-slate-200 opacity-60", pending: "border-amber-300",
};

export function ReviewItemCard({ item, draftId, version, areas, countries, suggestions }: {
  item: ReviewItemView; draftId: string; version: number; areas: Option[]; countries: Option[]; suggestions: LinkSuggestion[];
}) {
  const t = useTranslations("importer");
  const locale = useLocale();
  const [state, formAction, pending] = useActionState(itemOpAction, {});
  const id = (name: string) => `item-${item.id}-${name}`;
  const parties = (name: "committing" | "beneficiaries") => (
    <fieldset className="space-y-1">
      <legend className="text-sm font-medium text-slate-700">{t(`item.${name}`)}</legend>
      <div className="flex flex-wrap gap-2">
        {countries.map((c) => (
          <label key={c.value} className="flex items-center gap-1 text-xs">
            <input type="checkbox" name={name} value={c.value} defaultChecked={item[name].includes(c.value)} />
            {c.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
  return (
    <article aria-labelledby={id("quote")} data-testid="review-item" data-status={item.status} className={`space-y-3 rounded-lg border bg-white p-4 shadow-sm ${statusTone[item.status] ?? ""}`}>
      <header className="flex flex-wrap items-baseline justify-between gap-2">
        <p id={id("quote")} className="font-medium">
          <span className="mr-2 font-mono text-xs text-slate-500">{item.code}</span>“{item.quote}”{item.field && <span className="ml-2 text-xs text-slate-600">({item.field})</span>}
        </p>
        <span className="rounded bg-slate-100 px-2 py-0.5 text-xs">{t(`status.${item.status}`)}</span>
      </header>
      <ul className="flex flex-wrap gap-2 text-xs text-slate-600" aria-label={t("item.why")}>
        {item.reasons.map((r) => (
          <li key={r.rule} className="rounded border border-slate-200 px-2 py-0.5" title={r.rule}>
            {r.why[locale === "zh" ? "zh" : "en"]}{r.words.length > 0 && `: ${r.words.join("、")}`}
          </li>
        ))}
      </ul>
      <form action={formAction} noValidate className="space-y-3">
        <input type="hidden" name="draftId" value={draftId} />
        <input type="hidden" name="version" value={version} />
        <input type="hidden" name="itemId" value={item.id} />
        <div className="grid gap-3 sm:grid-cols-2">
          <Field id={id("titleZh")} label={t("item.titleZh")}><TextInput id={id("titleZh")} name="titleZh" defaultValue={item.titleZh} maxLength={40} /></Field>
          <Field id={id("titleEn")} label={t("item.titleEn")}><TextInput id={id("titleEn")} name="titleEn" defaultValue={item.titleEn} maxLength={80} /></Field>
        </div>
        <Field id={id("translation")} label={t("item.translation")}>
          <textarea id={id("translation")} name="translation" rows={2} defaultValue={item.translation} className={inputClass} />
        </Field>
        <div className="grid gap-3 sm:grid-cols-4">
          <Field id={id("area")} label={t("item.area")}><Select id={id("area")} name="area" defaultValue={item.area}>{areas.map((a) => <option key={a.value} value={a.value}>{a.label}</option>)}</Select></Field>
          <Field id={id("strength")} label={t("item.strength")}><Select id={id("strength")} name="strength" defaultValue={item.strength}>{strengths.map((s) => <option key={s} value={s}>{t(`strengths.${s}`)}</option>)}</Select></Field>
          <Field id={id("type")} label={t("item.type")}><Select id={id("type")} name="type" defaultValue={item.type}>{commitmentTypes.map((s) => <option key={s} value={s}>{t(`types.${s}`)}</option>)}</Select></Field>
          <Field id={id("recurrence")} label={t("item.recurrence")}>
            <Select id={id("recurrence")} name="recurrence" defaultValue={item.recurrence ?? ""}>
              <option value="">{t("recurrence.none")}</option>
              {frequencies.map((f) => <option key={f} value={f}>{t(`recurrence.${f}`)}</option>)}
            </Select>
          </Field>
        </div>
        <div className="grid gap-3 sm:grid-cols-2">{parties("committing")}{parties("beneficiaries")}</div>
        {suggestions.length > 0 && (
          <fieldset className="space-y-1">
            <legend className="text-sm font-medium text-slate-700">{t("item.links")}</legend>
            {suggestions.map((s) => (
              <label key={s.code} className="flex items-center gap-2 text-xs">
                <input type="checkbox" name="links" value={`${s.code}:${s.type}`} defaultChecked={item.links.includes(`${s.code}:${s.type}`)} />
                {t(`linkTypes.${s.type}`)} <span className="font-mono">{s.code}</span> {s.title} ({t("item.similarity", { score: Math.round(s.score * 100) })})
              </label>
            ))}
          </fieldset>
        )}
        <div className="flex flex-wrap items-end gap-2">
          <Button type="submit" name="op" value="accept" disabled={pending}>{t("item.accept")}</Button>
          <Button type="submit" name="op" value="save" variant="secondary" disabled={pending}>{t("item.save")}</Button>
          <Button type="submit" name="op" value={item.status === "rejected" ? "reopen" : "reject"} variant="danger" disabled={pending}>{t(item.status === "rejected" ? "item.reopen" : "item.reject")}</Button>
          <Button type="submit" name="op" value="merge" variant="ghost" disabled={pending}>{t("item.merge")}</Button>
          <label className="flex items-center gap-1 text-xs" htmlFor={id("splitAt")}>
            {t("item.splitAt")}
            <input id={id("splitAt")} name="splitAt" type="number" min={1} max={item.quote.length - 1} className="w-16 rounded border border-slate-300 px-1 py-0.5" />
          </label>
          <Button type="submit" name="op" value="split" variant="ghost" disabled={pending}>{t("item.split")}</Button>
        </div>
        <p role="status" aria-live="polite" className={`text-sm ${state.ok ? "text-emerald-800" : "text-red-700"}`}>{state.message}</p>
      </form>
    </article>
  );
}
