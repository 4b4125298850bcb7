"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { describedBy, Field, inputClass, Select, TextInput } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { updateCommitmentAction } from "@/lib/commitments/actions";
import { commitmentTypes, strengths } from "@/lib/commitments/schema";

export type EditableCommitment = {
  id: string;
  version: number;
  titleZh: string;
  titleEn: string;
  translationEn: string;
  areaSlug: string;
  type: string;
  strength: string;
  dueDate: string;
};

/** Admin form for a commitment's coding; the version it was opened with guards against overwrites. */
export function EditCommitmentForm({ commitment, areas }: { commitment: EditableCommitment; areas: { slug: string; name: string }[] }) {
  const t = useTranslations("commitment.edit");
  const tc = useTranslations("commitments");
  const [state, action, pending] = useActionState(updateCommitmentAction, {});
  const errors = state.errors ?? {};
  const value = (key: keyof EditableCommitment) => state.values?.[key] ?? String(commitment[key]);
  return (
    <form action={action} noValidate className="grid gap-4 sm:grid-cols-2" key={`${commitment.version}-${state.values ? "retry" : "fresh"}`}>
      <input type="hidden" name="id" value={commitment.id} />
      <input type="hidden" name="version" value={commitment.version} />
      <Field id="edit-title-zh" label={t("titleZh")} errors={errors.titleZh}>
        <TextInput id="edit-title-zh" name="titleZh" defaultValue={value("titleZh")} invalid={!!errors.titleZh} aria-describedby={describedBy("edit-title-zh")} />
      </Field>
      <Field id="edit-title-en" label={t("titleEn")} errors={errors.titleEn}>
        <TextInput id="edit-title-en" name="titleEn" defaultValue={value("titleEn")} invalid={!!errors.titleEn} aria-describedby={describedBy("edit-title-en")} />
      </Field>
      <div className="sm:col-span-2">
        <Field id="edit-translation" label={t("translation")} errors={errors.translationEn}>
          <textarea id="edit-translation" name="translationEn" rows={3} defaultValue={value("translationEn")} aria-invalid={!!errors.translationEn || undefined} aria-describedby={describedBy("edit-translation")} className={inputClass} />
        </Field>
      </div>
      <Field id="edit-area" label={tc("area")} errors={errors.areaSlug}>
        <Select id="edit-area" name="areaSlug" defaultValue={value("areaSlug")} aria-describedby={describedBy("edit-area")}>
          {areas.map((area) => <option key={area.slug} value={area.slug}>{area.name}</option>)}
        </Select>
      </Field>
      <Field id="edit-type" label={tc("type")} errors={errors.type}>
        <Select id="edit-type" name="type" defaultValue={value("type")} aria-describedby={describedBy("edit-type")}>
          {commitmentTypes.map((type) => <option key={type} value={type}>{tc(`types.${type}`)}</option>)}
        </Select>
      </Field>
      <Field id="edit-strength" label={tc("strength")} errors={errors.strength}>
        <Select id="edit-strength" name="strength" defaultValue={value("strength")} aria-describedby={describedBy("edit-strength")}>
          {strengths.map((strength) => <option key={strength} value={strength}>{tc(`strengths.${strength}`)}</option>)}
        </Select>
      </Field>
      <Field id="edit-due" label={t("dueDate")} errors={errors.dueDate}>
        <TextInput id="edit-due" name="dueDate" type="date" defaultValue={value("dueDate")} invalid={!!errors.dueDate} aria-describedby={describedBy("edit-due")} />
      </Field>
      <div className="flex items-center gap-3 sm:col-span-2">
        <Button type="submit" disabled={pending}>{t("save")}</Button>
        <FormMessage state={state} />
      </div>
    </form>
  );
}
