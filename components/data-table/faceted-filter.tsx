"use client";
import { useId, useState } from "react";

export type FacetOption = { value: string; label: string; count?: number };

/** A dropdown of checkboxes with counts; keyboard friendly (details/summary + native inputs). */
export function FacetedFilter({
  label,
  options,
  selected,
  onChange,
  stale = false,
}: {
  label: string;
  options: FacetOption[];
  selected: string[];
  onChange: (values: string[]) => void;
  /** The counts are the previous filter's while the new ones load. */
  stale?: boolean;
}) {
  const id = useId();
  // Ticks show at once; the URL (and so `selected`) follows when the new rows arrive, and then wins.
  const [ticked, setTicked] = useState(selected);
  const [shown, setShown] = useState(selected);
  if (shown !== selected) {
    setShown(selected);
    setTicked(selected);
  }
  const change = (values: string[]) => {
    setTicked(values);
    onChange(values);
  };
  const toggle = (value: string) => change(ticked.includes(value) ? ticked.filter((v) => v !== value) : [...ticked, value]);
  return (
    <details className="relative">
      <summary
        className={`flex cursor-pointer list-none items-center gap-1.5 rounded-md border px-3 py-1.5 text-sm ${selected.length ? "border-brand-600 bg-brand-50 text-brand-800" : "border-dashed border-slate-300 bg-white text-slate-700 hover:bg-slate-50"}`}
      >
        {label}
        {selected.length > 0 && (
          <span className="rounded bg-brand-600 px-1.5 text-xs text-white">{selected.length}</span>
        )}
        <span aria-hidden className="text-xs text-slate-400">▾</span>
      </summary>
      <fieldset aria-busy={stale} className="absolute left-0 z-30 mt-1 max-h-80 w-72 overflow-auto rounded-md border border-slate-200 bg-white p-1 shadow-lg">
        <legend className="sr-only">{label}</legend>
        {options.map((option) => {
          const inputId = `${id}-${option.value}`;
          return (
            <label key={option.value} htmlFor={inputId} className="flex cursor-pointer items-center gap-2 rounded px-2 py-1.5 text-sm hover:bg-slate-50">
              <input
                id={inputId}
                type="checkbox"
                checked={ticked.includes(option.value)}
                onChange={() => toggle(option.value)}
                className="h-4 w-4 accent-brand-600"
              />
              <span className="flex-1">{option.label}</span>
              {option.count !== undefined && <span className={`tabular-nums text-xs ${stale ? "text-slate-300" : "text-slate-500"}`}>{option.count}</span>}
            </label>
          );
        })}
        {ticked.length > 0 && (
          <button type="button" onClick={() => change([])} className="mt-1 w-full rounded px-2 py-1.5 text-left text-xs text-slate-600 hover:bg-slate-50">
            ✕
          </button>
        )}
      </fieldset>
    </details>
  );
}
