"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { describedBy, Field, Select, TextInput } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { addLinkAction, removeLinkAction } from "@/lib/commitments/actions";
import { linkTypes } from "@/lib/commitments/schema";

export function AddLinkForm({ fromId }: { fromId: string }) {
  const t = useTranslations("commitment");
  const [state, action, pending] = useActionState(addLinkAction, {});
  const errors = state.errors ?? {};
  return (
    <form action={action} noValidate className="flex flex-wrap items-end gap-2">
      <input type="hidden" name="fromId" value={fromId} />
      <Field id="link-type" label={t("links.type")} errors={errors.type}>
        <Select id="link-type" name="type" defaultValue={state.values?.type ?? "REAFFIRMS"} className="w-40" aria-describedby={describedBy("link-type")}>
          {linkTypes.map((type) => <option key={type} value={type}>{t(`links.types.${type}`)}</option>)}
        </Select>
      </Field>
      <Field id="link-target" label={t("links.target")} errors={errors.targetCode}>
        <TextInput id="link-target" name="targetCode" defaultValue={state.values?.targetCode} placeholder="C5-2020-6.1b" className="w-44 font-mono" invalid={!!errors.targetCode} aria-describedby={describedBy("link-target")} />
      </Field>
      <Field id="link-note" label={t("links.note")} errors={errors.note}>
        <TextInput id="link-note" name="note" defaultValue={state.values?.note} className="w-64" aria-describedby={describedBy("link-note")} />
      </Field>
      <Button type="submit" variant="secondary" disabled={pending}>{t("links.add")}</Button>
      <div className="w-full"><FormMessage state={state} /></div>
    </form>
  );
}

export function RemoveLinkButton({ linkId }: { linkId: string }) {
  const t = useTranslations("commitment");
  const [state, action, pending] = useActionState(removeLinkAction, {});
  return (
    <form action={action} className="inline">
      <input type="hidden" name="linkId" value={linkId} />
      <button type="submit" disabled={pending} className="text-xs text-red-700 underline">{t("links.remove")}</button>
      {state.ok === false && <span className="ml-2 text-xs text-red-700">{state.message}</span>}
    </form>
  );
}
