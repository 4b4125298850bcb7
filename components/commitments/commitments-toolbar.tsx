"use client";
import { useTranslations } from "next-intl";
import { Suspense, useEffect, useState } from "react";
import { FacetedFilter } from "@/components/data-table/faceted-filter";
import { useFilterNavigation } from "@/components/data-table/use-filter-navigation";
import { useStreamed } from "@/components/data-table/use-streamed";
import { commitmentTypes, strengths, type CommitmentFilter } from "@/lib/commitments/schema";
import { statuses } from "@/lib/tracking/status";
import type { Facets } from "@/lib/commitments/data";

export type FilterOptions = {
  countries: { code: string; name: string }[];
  areas: { slug: string; name: string }[];
  documents: { slug: string; title: string }[];
  owners: { id: string; name: string }[];
};

type ToolbarProps = { filter: CommitmentFilter; options: FilterOptions };

/**
 * The filters, with counts that the server streams after the rows: the rows of a new filter paint
 * without waiting for the counts, which show the previous filter's numbers (dimmed) until theirs
 * arrive. On the first load the controls show without counts until then.
 */
export function CommitmentsToolbar({ facets, ...props }: ToolbarProps & { facets: Promise<Facets> }) {
  return (
    <Suspense fallback={<Toolbar {...props} />}>
      <ToolbarWithCounts facets={facets} {...props} />
    </Suspense>
  );
}

function ToolbarWithCounts({ facets, ...props }: ToolbarProps & { facets: Promise<Facets> }) {
  const { value, stale } = useStreamed(facets);
  return <Toolbar {...props} counts={value} stale={stale} />;
}

function Toolbar({ filter, options, counts, stale = false }: ToolbarProps & { counts?: Facets; stale?: boolean }) {
  const t = useTranslations("commitments");
  const tStatus = useTranslations("status");
  const { update, pending } = useFilterNavigation(filter);
  const [query, setQuery] = useState(filter.q ?? "");

  useEffect(() => {
    if ((filter.q ?? "") === query.trim()) return;
    const timer = setTimeout(() => update({ q: query.trim() || undefined }), 350);
    return () => clearTimeout(timer);
  }, [query]); // eslint-disable-line react-hooks/exhaustive-deps -- only typing schedules a search

  const active =
    filter.q || filter.country || filter.owner || filter.overdue || filter.noEvidence ||
    [filter.area, filter.status, filter.document, filter.strength, filter.type].some((list) => list.length > 0);

  return (
    <div className="mb-3 space-y-3" role="search" aria-busy={pending || stale}>
      <div className="flex flex-wrap items-center gap-2">
        <label className="sr-only" htmlFor="commitment-search">{t("search")}</label>
        <input
          id="commitment-search"
          type="search"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          placeholder={t("searchPlaceholder")}
          maxLength={200}
          className="w-72 rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm"
        />
        <label className="sr-only" htmlFor="country-filter">{t("country")}</label>
        {/* A fixed width: the counts arrive after the first paint and would widen it, shifting the row. */}
        <select
          id="country-filter"
          value={filter.country ?? ""}
          onChange={(event) => update({ country: event.target.value || undefined })}
          className={`w-48 rounded-md border px-2 py-1.5 text-sm ${filter.country ? "border-brand-600 bg-brand-50" : "border-slate-300 bg-white"}`}
        >
          <option value="">{t("allCountries")}</option>
          {options.countries.map((country) => (
            <option key={country.code} value={country.code}>
              {counts ? `${country.name} (${counts.country[country.code] ?? 0})` : country.name}
            </option>
          ))}
        </select>
        <FacetedFilter
          stale={stale}
          label={t("area")}
          selected={filter.area}
          onChange={(area) => update({ area })}
          options={options.areas.map((a) => ({ value: a.slug, label: a.name, count: counts && (counts.area[a.slug] ?? 0) }))}
        />
        <FacetedFilter
          stale={stale}
          label={filter.country ? t("statusIn", { country: filter.country }) : t("statusAny")}
          selected={filter.status}
          onChange={(status) => update({ status: status as CommitmentFilter["status"] })}
          options={statuses.map((s) => ({ value: s, label: tStatus(s), count: counts && (counts.status[s] ?? 0) }))}
        />
        <FacetedFilter
          stale={stale}
          label={t("document")}
          selected={filter.document}
          onChange={(document) => update({ document })}
          options={options.documents.map((d) => ({ value: d.slug, label: d.title, count: counts && (counts.document[d.slug] ?? 0) }))}
        />
        <FacetedFilter
          stale={stale}
          label={t("strength")}
          selected={filter.strength}
          onChange={(strength) => update({ strength: strength as CommitmentFilter["strength"] })}
          options={strengths.map((s) => ({ value: s, label: t(`strengths.${s}`), count: counts && (counts.strength[s] ?? 0) }))}
        />
        <FacetedFilter
          stale={stale}
          label={t("type")}
          selected={filter.type}
          onChange={(type) => update({ type: type as CommitmentFilter["type"] })}
          options={commitmentTypes.map((s) => ({ value: s, label: t(`types.${s}`), count: counts && (counts.type[s] ?? 0) }))}
        />
        <label className="sr-only" htmlFor="owner-filter">{t("owner")}</label>
        <select
          id="owner-filter"
          value={filter.owner ?? ""}
          onChange={(event) => update({ owner: event.target.value || undefined })}
          className={`rounded-md border px-2 py-1.5 text-sm ${filter.owner ? "border-brand-600 bg-brand-50" : "border-slate-300 bg-white"}`}
        >
          <option value="">{t("anyOwner")}</option>
          <option value="none">{t("noOwner")}</option>
          {options.owners.map((owner) => (
            <option key={owner.id} value={owner.id}>{owner.name}</option>
          ))}
        </select>
        <label className="flex items-center gap-1.5 text-sm text-slate-700">
          <input type="checkbox" checked={filter.overdue} onChange={(e) => update({ overdue: e.target.checked })} className="h-4 w-4 accent-brand-600" />
          {t("overdue")}
        </label>
        <label className="flex items-center gap-1.5 text-sm text-slate-700">
          <input type="checkbox" checked={filter.noEvidence} onChange={(e) => update({ noEvidence: e.target.checked })} className="h-4 w-4 accent-brand-600" />
          {t("noEvidence")}
        </label>
        {active && (
          <button
            type="button"
            onClick={() => { setQuery(""); update({ q: undefined, country: undefined, area: [], status: [], document: [], strength: [], type: [], owner: undefined, overdue: false, noEvidence: false }); }}
            className="rounded-md px-2 py-1.5 text-sm text-slate-600 underline hover:text-slate-900"
          >
            {t("reset")}
          </button>
        )}
        {pending && <span className="text-xs text-slate-500" role="status">{t("loading")}</span>}
      </div>
    </div>
  );
}
