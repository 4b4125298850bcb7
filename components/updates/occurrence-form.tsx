"use client";
import { startTransition, useActionState, useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { describedBy, Field, inputClass, TextInput } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { recordOccurrenceAction, type OccurrenceFormState } from "@/lib/updates/actions";
import { EvidenceFields, type EvidenceDraft } from "./evidence-fields";

export type OccurrenceFormData = {
  id: string;
  version: number;
  status: "PENDING" | "HELD" | "MISSED";
  /** ISO day (YYYY-MM-DD) or null. */
  heldOn: string | null;
  venue: string;
  note: string;
};

/** Records whether one expected occurrence (a period) took place, with its date, venue and evidence. */
export function OccurrenceForm({ occurrence }: { occurrence: OccurrenceFormData }) {
  const t = useTranslations("updates.occurrences");
  const [state, formAction, pending] = useActionState<OccurrenceFormState, FormData>(recordOccurrenceAction, {});
  const [version, setVersion] = useState(occurrence.version);
  const [outcome, setOutcome] = useState<"HELD" | "MISSED">(occurrence.status === "MISSED" ? "MISSED" : "HELD");
  const [heldOn, setHeldOn] = useState(occurrence.heldOn ?? "");
  const [venue, setVenue] = useState(occurrence.venue);
  const [note, setNote] = useState(occurrence.note);
  const [evidence, setEvidence] = useState<EvidenceDraft[]>([]);
  const [handled, setHandled] = useState(state);
  if (state !== handled) {
    setHandled(state);
    if (state.ok && state.version) {
      setVersion(state.version);
      setEvidence([]);
    }
  }
  const errors = state.errors ?? {};
  const id = (name: string) => `occ-${occurrence.id}-${name}`;
  // Dispatched by hand so that React's post-action form reset does not flip the controlled radios.
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  }
  return (
    <form action={formAction} onSubmit={submit} noValidate className="space-y-3">
      <input type="hidden" name="occurrenceId" value={occurrence.id} />
      <input type="hidden" name="version" value={version} />
      <fieldset className="flex flex-wrap gap-4" aria-describedby={`${id("status")}-error`}>
        <legend className="mb-1 text-sm font-medium text-slate-700">{t("outcome")}</legend>
        {(["HELD", "MISSED"] as const).map((value) => (
          <label key={value} className="inline-flex items-center gap-2 text-sm">
            <input type="radio" name="status" value={value} checked={outcome === value} onChange={() => setOutcome(value)} className="accent-brand-600" />
            {t(`status.${value}`)}
          </label>
        ))}
        <div id={`${id("status")}-error`} aria-live="polite" className="w-full">
          {errors.status?.map((error) => <p key={error} className="text-sm text-red-700">{error}</p>)}
        </div>
      </fieldset>
      <div className="grid gap-3 sm:grid-cols-2">
        {outcome === "HELD" && (
          <Field id={id("heldOn")} label={t("date")} errors={errors.heldOn}>
            <TextInput id={id("heldOn")} name="heldOn" type="date" value={heldOn} onChange={(e) => setHeldOn(e.target.value)}
              invalid={!!errors.heldOn} aria-describedby={describedBy(id("heldOn"))} />
          </Field>
        )}
        <Field id={id("venue")} label={t("venue")} errors={errors.venue}>
          <TextInput id={id("venue")} name="venue" maxLength={200} value={venue} onChange={(e) => setVenue(e.target.value)}
            invalid={!!errors.venue} aria-describedby={describedBy(id("venue"))} />
        </Field>
      </div>
      <Field id={id("note")} label={t("note")} errors={errors.note}>
        <textarea id={id("note")} name="note" rows={2} maxLength={4000} value={note} onChange={(e) => setNote(e.target.value)}
          aria-invalid={!!errors.note || undefined} aria-describedby={describedBy(id("note"))} className={inputClass} />
      </Field>
      <EvidenceFields idPrefix={id("ev")} rows={evidence} onChange={setEvidence} errors={errors} max={2} />
      <FormMessage state={state} />
      <div aria-live="polite">{errors.form?.map((error) => <p key={error} className="text-sm text-red-700">{error}</p>)}</div>
      <Button type="submit" disabled={pending}>
        {pending ? t("saving") : t("save")}
      </Button>
    </form>
  );
}
