"use client";
import { startTransition, useActionState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { describedBy, Field, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { importUpdatesAction, type ImportState } from "@/lib/imports/actions";
import { ImportPreview } from "./import-preview";

/**
 * Upload, check, apply. The form is submitted by hand (not through `action`) so that React does not
 * reset it: the chosen file stays selected and "Apply" sends the very file that was checked.
 */
export function ImportForm() {
  const t = useTranslations("imports");
  const [state, formAction, pending] = useActionState<ImportState, FormData>(importUpdatesAction, {});

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const data = new FormData(event.currentTarget, submitter);
    startTransition(() => formAction(data));
  }

  const canApply = !!state.preview && state.preview.counts.update > 0;
  return (
    <form onSubmit={submit} noValidate className="space-y-4" aria-busy={pending}>
      <Field id="import-file" label={t("file")} hint={t("fileHint")} errors={state.errors?.file}>
        <input
          id="import-file"
          name="file"
          type="file"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-invalid={state.errors?.file ? true : undefined}
          aria-describedby={describedBy("import-file", true)}
          className={`${inputClass} file:mr-3 file:rounded file:border-0 file:bg-slate-100 file:px-3 file:py-1 file:text-sm`}
        />
      </Field>
      <input type="hidden" name="previewHash" value={state.hash ?? ""} />
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" name="intent" value="preview" variant={canApply ? "secondary" : "primary"} disabled={pending}>
          {t("preview")}
        </Button>
        {state.preview && (
          <>
            <Button type="submit" name="intent" value="apply" disabled={pending || !canApply}>
              {t("applyButton")}
            </Button>
            {state.preview.counts.error > 0 && (
              <label className="flex items-center gap-2 text-sm text-slate-700">
                <input type="checkbox" name="applyValidOnly" value="1" className="h-4 w-4 accent-brand-600" aria-describedby="import-valid-only-hint" />
                {t("applyValidOnly")}
                <span id="import-valid-only-hint" className="text-xs text-slate-500">{t("applyValidOnlyHint")}</span>
              </label>
            )}
          </>
        )}
      </div>
      <FormMessage state={state} />
      {state.preview && <ImportPreview preview={state.preview} />}
    </form>
  );
}
