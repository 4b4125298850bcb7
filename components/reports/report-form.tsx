import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { Field, TextInput } from "@/components/ui/field";
import type { ReportParams } from "@/lib/reports/schema";

type Option = { value: string; label: string };

function Choices({ name, legend, options, selected }: { name: string; legend: string; options: Option[]; selected: string[] }) {
  return (
    <fieldset className="min-w-0">
      <legend className="mb-1 text-sm font-medium text-slate-700">{legend}</legend>
      <div className="flex max-h-40 flex-col gap-1 overflow-y-auto rounded-md border border-slate-200 bg-white p-2">
        {options.map((option) => (
          <label key={option.value} className="flex items-start gap-2 text-sm">
            <input type="checkbox" name={name} value={option.value} defaultChecked={selected.includes(option.value)} className="mt-0.5 h-4 w-4 shrink-0 accent-brand-600" />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** The report's settings as a plain GET form: the URL is the report, so it can be bookmarked and shared. */
export async function ReportForm({ params, today, options, canIncludeInternal }: {
  params: ReportParams;
  today: string;
  options: { documents: Option[]; countries: Option[]; areas: Option[] };
  canIncludeInternal: boolean;
}) {
  const t = await getTranslations("reports");
  return (
    <form method="get" action="/reports" className="space-y-4 rounded-lg border border-slate-200 bg-slate-50 p-4" aria-label={t("form.legend")}>
      <div className="grid gap-4 md:grid-cols-3">
        <Choices name="document" legend={t("documents")} options={options.documents} selected={params.documents} />
        <Choices name="country" legend={t("countries")} options={options.countries} selected={params.countries} />
        <Choices name="area" legend={t("areas")} options={options.areas} selected={params.areas} />
      </div>
      <p className="text-xs text-slate-500">{t("form.anyHint")}</p>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <Field id="report-as-of" label={t("asOf")} hint={t("form.asOfHint")}>
          <TextInput id="report-as-of" name="asOf" type="date" max={today} defaultValue={params.asOf} aria-describedby="report-as-of-hint" />
        </Field>
        <Field id="report-since" label={t("since")} hint={t("form.sinceHint")}>
          <TextInput id="report-since" name="since" type="date" max={today} defaultValue={params.since ?? ""} aria-describedby="report-since-hint" />
        </Field>
      </div>
      {canIncludeInternal && (
        <label className="flex items-center gap-2 text-sm text-slate-700">
          <input type="checkbox" name="internal" value="1" defaultChecked={params.internal} className="h-4 w-4 accent-brand-600" />
          {t("form.internal")}
        </label>
      )}
      <div className="flex items-center gap-3">
        <Button type="submit">{t("form.submit")}</Button>
        <a href="/reports" className="text-sm text-slate-600 underline hover:text-slate-900">{t("form.reset")}</a>
      </div>
    </form>
  );
}
