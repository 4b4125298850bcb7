"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { statuses } from "@/lib/tracking/status";
import { bulkUpdateAction } from "@/lib/updates/actions";

export type BulkOptions = {
  countries: { code: string; name: string }[];
  owners?: { id: string; name: string }[];
};

/** Sets a status (and, for admins, an owner) on the chosen countries of every selected commitment. */
export function BulkActionBar({ selectedIds, options, onDone }: { selectedIds: string[]; options: BulkOptions; onDone: (message: string) => void }) {
  const t = useTranslations("commitments.bulk");
  const tStatus = useTranslations("status");
  const [state, action, pending] = useActionState(async (previous: Awaited<ReturnType<typeof bulkUpdateAction>>, formData: FormData) => {
    const result = await bulkUpdateAction(previous, formData);
    if (result.ok) onDone(result.message ?? "");
    return result;
  }, {});
  const errors = state.errors ?? {};
  return (
    <form action={action} className="flex flex-wrap items-end gap-3 rounded-lg border border-brand-600 bg-brand-50 p-3 text-sm" aria-label={t("label")}>
      <p className="w-full font-medium">{t("selected", { count: selectedIds.length })}</p>
      {selectedIds.map((id) => <input key={id} type="hidden" name="commitmentIds" value={id} />)}
      <fieldset className="flex flex-wrap gap-2" aria-describedby="bulk-countries-error">
        <legend className="mb-1 text-xs text-slate-600">{t("countries")}</legend>
        {options.countries.map((country) => (
          <label key={country.code} className="flex items-center gap-1">
            <input type="checkbox" name="countries" value={country.code} className="h-4 w-4 accent-brand-600" />
            {country.name}
          </label>
        ))}
        <span id="bulk-countries-error" className="w-full text-xs text-red-700" aria-live="polite">{errors.countries?.join(" ")}</span>
      </fieldset>
      <label className="flex flex-col text-xs text-slate-600">
        {t("status")}
        <select name="status" defaultValue="" className="rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm text-slate-900">
          <option value="">{t("keep")}</option>
          {statuses.map((status) => <option key={status} value={status}>{tStatus(status)}</option>)}
        </select>
        <span className="text-red-700" aria-live="polite">{errors.status?.join(" ")}</span>
      </label>
      {options.owners && (
        <label className="flex flex-col text-xs text-slate-600">
          {t("owner")}
          <select name="ownerId" defaultValue="" className="rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm text-slate-900">
            <option value="">{t("keep")}</option>
            <option value="none">{t("noOwner")}</option>
            {options.owners.map((owner) => <option key={owner.id} value={owner.id}>{owner.name}</option>)}
          </select>
        </label>
      )}
      <label className="flex flex-1 flex-col text-xs text-slate-600">
        {t("note")}
        <input name="note" maxLength={4000} className="rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm text-slate-900" />
      </label>
      <Button type="submit" disabled={pending}>{t("apply")}</Button>
      <div className="w-full"><FormMessage state={state} /></div>
    </form>
  );
}
