"use client";
import { startTransition, useActionState, useRef, useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { StatusBadge } from "@/components/tracking/status-badge";
import { Button } from "@/components/ui/button";
import { describedBy, Field, inputClass, Select, TextInput } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { ogpLevelFor, statuses, suggestedComplianceScore, suggestedProgress, suggestProgress, type Status } from "@/lib/tracking/status";
import { recordStatusUpdateAction, type UpdateFormState } from "@/lib/updates/actions";
import { reappliedVersions } from "@/lib/updates/conflicts";
import { formEvidenceRows } from "@/lib/updates/fields";
import { ConflictPanel } from "./conflict-panel";
import { EvidenceFields, type EvidenceDraft } from "./evidence-fields";

export type UpdateFormCountry = { code: string; name: string; status: Status; progress: number; version: number };

type Props = {
  commitmentId: string;
  commitmentCode: string;
  /** Every country tracked for the commitment, with its current state (from getTrackingForCommitment). */
  countries: UpdateFormCountry[];
  /** Ticked when the form opens, e.g. ["KZ"] from ?country=KZ; a new value re-opens the form on it. */
  initialCountries?: string[];
};

const scoreLabel = (score: number | null) => (score === null ? "—" : score > 0 ? `+${score}` : String(score));

/**
 * Logs one follow-up for one or several countries. The versions the analyst saw are captured when
 * the form opens and sent back on save, so a concurrent change is reported instead of overwritten;
 * everything typed is kept (controlled inputs) through errors and conflicts.
 */
export function StatusUpdateForm({ commitmentId, commitmentCode, countries, initialCountries = [] }: Props) {
  const t = useTranslations("updates.form");
  const tStatus = useTranslations("status");
  const tOgp = useTranslations("updates.ogp");
  const [state, formAction, pending] = useActionState<UpdateFormState, FormData>(recordStatusUpdateAction, {});
  const formRef = useRef<HTMLFormElement>(null);
  const first = countries.find((country) => initialCountries.includes(country.code));
  const [selected, setSelected] = useState(() => countries.filter((c) => initialCountries.includes(c.code)).map((c) => c.code));
  const [versions, setVersions] = useState(() => Object.fromEntries(countries.map((c) => [c.code, c.version])));
  const [status, setStatus] = useState<Status>(first?.status ?? "IN_PROGRESS");
  const [progress, setProgress] = useState(String(first?.progress ?? suggestProgress("IN_PROGRESS", 0)));
  const [note, setNote] = useState("");
  const [internalNote, setInternalNote] = useState("");
  const [evidence, setEvidence] = useState<EvidenceDraft[]>([]);
  // A "Log update" link for another country re-opens the form on it, with the versions shown now.
  const openedOn = initialCountries.join(",");
  const [opened, setOpened] = useState(openedOn);
  if (opened !== openedOn) {
    setOpened(openedOn);
    setSelected(countries.filter((c) => initialCountries.includes(c.code)).map((c) => c.code));
    setVersions(Object.fromEntries(countries.map((c) => [c.code, c.version])));
    if (first) {
      setStatus(first.status);
      setProgress(String(first.progress));
    }
  }
  const [handled, setHandled] = useState(state);
  if (state !== handled) {
    setHandled(state);
    if (state.ok && state.versions) {
      setVersions((current) => ({ ...current, ...state.versions }));
      setNote("");
      setInternalNote("");
      setEvidence([]);
    }
  }

  const errors = state.errors ?? {};
  const versionsJson = (map: Record<string, number>) => JSON.stringify(Object.fromEntries(selected.map((code) => [code, map[code]])));
  const countryName = (code: string) => countries.find((c) => c.code === code)?.name ?? code;
  const suggestion = suggestedProgress[status];
  const toggle = (code: string, on: boolean) => setSelected((list) => (on ? [...list, code] : list.filter((c) => c !== code)));

  function changeStatus(next: Status) {
    setStatus(next);
    // Stalled/superseded keep what was reached: with several countries, each keeps its own figure.
    if (suggestedProgress[next] === null && selected.length > 1) setProgress("");
    else setProgress((value) => String(suggestProgress(next, Number(value) || 0)));
  }

  // Dispatched by hand: React's automatic reset after a form action would untick the controlled
  // checkboxes and selects (react#31695) while their state stays set. Without JS, `action` still posts.
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  }

  function reapply() {
    if (!state.conflicts || !formRef.current) return;
    const next = reappliedVersions(versions, state.conflicts);
    setVersions(next);
    const data = new FormData(formRef.current);
    data.set("versions", versionsJson(next));
    startTransition(() => formAction(data));
  }

  const generalErrors = [...(errors.form ?? []), ...(errors.versions ?? []), ...(errors.commitmentId ?? [])];
  return (
    <form ref={formRef} id="log-update" action={formAction} onSubmit={submit} noValidate className="scroll-mt-20 space-y-5" aria-label={t("title", { code: commitmentCode })}>
      <input type="hidden" name="commitmentId" value={commitmentId} />
      <input type="hidden" name="versions" value={versionsJson(versions)} />

      <fieldset aria-describedby="su-countries-hint su-countries-error" className="space-y-2">
        <legend className="text-sm font-medium text-slate-700">{t("countries")}</legend>
        <p id="su-countries-hint" className="text-xs text-slate-500">{t("countriesHint")}</p>
        <div className="grid gap-2 sm:grid-cols-2">
          {countries.map((country) => (
            <label key={country.code} className="flex cursor-pointer items-center gap-2 rounded-md border border-slate-200 bg-white px-3 py-2 text-sm has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50">
              <input type="checkbox" name="countries" value={country.code} checked={selected.includes(country.code)}
                onChange={(e) => toggle(country.code, e.target.checked)} className="h-4 w-4 accent-brand-600" />
              <span className="font-medium">{country.name}</span>
              <span className="ml-auto"><StatusBadge status={country.status} progress={country.progress} /></span>
            </label>
          ))}
        </div>
        <div id="su-countries-error" aria-live="polite">
          {errors.countries?.map((error) => <p key={error} className="text-sm text-red-700">{error}</p>)}
        </div>
      </fieldset>

      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="su-status" label={t("status")} errors={errors.status}
          hint={t("statusHint", { ogp: tOgp(ogpLevelFor(status, Number(progress) || 0) ?? "none"), score: scoreLabel(suggestedComplianceScore[status]) })}>
          <Select id="su-status" name="status" value={status} onChange={(e) => changeStatus(e.target.value as Status)}
            invalid={!!errors.status} aria-describedby={describedBy("su-status", true)}>
            {statuses.map((value) => <option key={value} value={value}>{tStatus(value)}</option>)}
          </Select>
        </Field>
        <Field id="su-progress" label={t("progress")} errors={errors.progress}
          hint={suggestion === null ? t("progressKeep") : t("progressHint", { value: suggestion })}>
          <div className="flex items-center gap-3">
            <input type="range" min={0} max={100} step={5} value={progress === "" ? 0 : Number(progress) || 0} aria-label={t("progressSlider")}
              onChange={(e) => setProgress(e.target.value)} className="w-full accent-brand-600" />
            <TextInput id="su-progress" name="progress" type="number" inputMode="numeric" min={0} max={100} value={progress}
              onChange={(e) => setProgress(e.target.value)} invalid={!!errors.progress} aria-describedby={describedBy("su-progress", true)} className="w-24" />
          </div>
        </Field>
      </div>

      <Field id="su-note" label={t("note")} hint={t("noteHint")} errors={errors.note}>
        <textarea id="su-note" name="note" rows={3} maxLength={4000} value={note} onChange={(e) => setNote(e.target.value)}
          aria-invalid={!!errors.note || undefined} aria-describedby={describedBy("su-note", true)} className={inputClass} />
      </Field>

      <div className="rounded-md border border-dashed border-amber-400 bg-amber-50/60 p-3">
        <Field id="su-internal" label={<><span className="mr-2 rounded bg-amber-200 px-1.5 py-0.5 text-xs font-semibold uppercase text-amber-900">{t("internalBadge")}</span>{t("internalNote")}</>}
          hint={t("internalNoteHint")} errors={errors.internalNote}>
          <textarea id="su-internal" name="internalNote" rows={2} maxLength={4000} value={internalNote} onChange={(e) => setInternalNote(e.target.value)}
            aria-invalid={!!errors.internalNote || undefined} aria-describedby={describedBy("su-internal", true)} className={inputClass} />
        </Field>
      </div>

      <EvidenceFields idPrefix="su" rows={evidence} onChange={setEvidence} errors={errors} max={formEvidenceRows} />

      {state.conflicts?.length ? (
        <ConflictPanel conflicts={state.conflicts} countryName={countryName} onReapply={reapply} pending={pending} />
      ) : (
        <FormMessage state={state} />
      )}
      <div aria-live="polite">{generalErrors.map((error) => <p key={error} className="text-sm text-red-700">{error}</p>)}</div>
      <Button type="submit" disabled={pending}>
        {pending ? t("saving") : selected.length ? t("submitCount", { count: selected.length }) : t("submit")}
      </Button>
    </form>
  );
}
