"use client";
import { useActionState, useState, type ChangeEvent } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { describedBy, Field, inputClass, Select, TextInput } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { documentTypes } from "@/lib/documents/source-schema";
import { createDraftAction } from "@/lib/importer/actions";
import { MAX_INPUT_BYTES } from "@/lib/importer/schema";

type Country = { code: string; name: string };

/** Paste the statement or pick a .txt/.html file (read in the browser, stripped to text on the server). */
export function ImportForm({ countries }: { countries: Country[] }) {
  const t = useTranslations("importer");
  const [state, formAction, pending] = useActionState(createDraftAction, {});
  const [text, setText] = useState(state.values?.text ?? "");
  const [sourceName, setSourceName] = useState("");
  const [fileError, setFileError] = useState("");
  const errors = state.errors ?? {};
  const v = state.values ?? {};

  async function readFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    setFileError("");
    if (!file) return;
    if (!/\.(txt|html?)$/i.test(file.name)) return setFileError(t("errors.fileType"));
    if (file.size > MAX_INPUT_BYTES) return setFileError(t("errors.tooLarge"));
    setText(await file.text());
    setSourceName(file.name);
  }

  const text1 = (name: string, label: string, extra: Record<string, string> = {}) => (
    <Field id={`imp-${name}`} label={label} errors={errors[name]}>
      <TextInput id={`imp-${name}`} name={name} defaultValue={v[name]} invalid={!!errors[name]} aria-describedby={describedBy(`imp-${name}`)} {...extra} />
    </Field>
  );
  return (
    <form action={formAction} noValidate className="space-y-4">
      <div className="grid gap-4 sm:grid-cols-2">
        {text1("titleZh", t("meta.titleZh"))}
        {text1("titleEn", t("meta.titleEn"))}
        {text1("date", t("meta.date"), { type: "date" })}
        {text1("codePrefix", t("meta.codePrefix"), { placeholder: "C5-2023" })}
        {text1("formatZh", t("meta.formatZh"))}
        {text1("formatEn", t("meta.formatEn"))}
        {text1("venueZh", t("meta.venueZh"))}
        {text1("venueEn", t("meta.venueEn"))}
        <Field id="imp-type" label={t("meta.type")} errors={errors.type}>
          <Select id="imp-type" name="type" defaultValue={v.type ?? "joint_statement"} aria-describedby={describedBy("imp-type")}>
            {documentTypes.map((type) => <option key={type} value={type}>{t(`types.${type}`)}</option>)}
          </Select>
        </Field>
        <Field id="imp-language" label={t("meta.language")} errors={errors.language}>
          <Select id="imp-language" name="language" defaultValue={v.language ?? "zh"} aria-describedby={describedBy("imp-language")}>
            <option value="zh">中文</option>
            <option value="en">English</option>
          </Select>
        </Field>
        {text1("sourceUrl", t("meta.sourceUrl"), { type: "url" })}
        {text1("sourcePublisher", t("meta.sourcePublisher"))}
      </div>
      <fieldset aria-describedby="imp-parties-error">
        <legend className="text-sm font-medium text-slate-700">{t("meta.parties")}</legend>
        <div className="mt-1 flex flex-wrap gap-3">
          {countries.map((c) => (
            <label key={c.code} className="flex items-center gap-1 text-sm">
              <input type="checkbox" name="parties" value={c.code} defaultChecked={v.parties ? v.parties.split(",").includes(c.code) : true} />
              {c.name}
            </label>
          ))}
        </div>
        <p id="imp-parties-error" aria-live="polite" className="text-sm text-red-700">{errors.parties?.join(" ")}</p>
      </fieldset>
      <Field id="imp-file" label={t("file")} hint={t("fileHint")} errors={fileError ? [fileError] : errors.sourceName}>
        <input id="imp-file" type="file" accept=".txt,.html,.htm,text/plain,text/html" onChange={readFile} aria-describedby={describedBy("imp-file", true)} className="text-sm" />
      </Field>
      <input type="hidden" name="sourceName" value={sourceName} />
      <Field id="imp-text" label={t("text")} hint={t("textHint")} errors={errors.text}>
        <textarea id="imp-text" name="text" rows={12} value={text} onChange={(e) => setText(e.target.value)} aria-invalid={!!errors.text || undefined} aria-describedby={describedBy("imp-text", true)} className={inputClass} />
      </Field>
      <FormMessage state={state} />
      <Button type="submit" disabled={pending}>{t("analyse")}</Button>
    </form>
  );
}
