import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes } from "react";

export const inputClass =
  "block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm placeholder:text-slate-400 focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-100 aria-[invalid=true]:border-red-500";

/** A labelled control with its hint and its server-side errors, wired for screen readers. */
export function Field({
  id,
  label,
  hint,
  errors,
  children,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  errors?: string[];
  children: ReactNode;
}) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-700">
        {label}
      </label>
      {children}
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-slate-500">
          {hint}
        </p>
      )}
      <div id={`${id}-error`} aria-live="polite">
        {errors?.map((error) => (
          <p key={error} className="text-sm text-red-700">
            {error}
          </p>
        ))}
      </div>
    </div>
  );
}

export function describedBy(id: string, hint?: boolean) {
  return hint ? `${id}-hint ${id}-error` : `${id}-error`;
}

export function TextInput(props: InputHTMLAttributes<HTMLInputElement> & { id: string; invalid?: boolean }) {
  const { invalid, className = "", ...rest } = props;
  return <input aria-invalid={invalid || undefined} className={`${inputClass} ${className}`} {...rest} />;
}

export function Select(props: SelectHTMLAttributes<HTMLSelectElement> & { invalid?: boolean }) {
  const { invalid, className = "", ...rest } = props;
  return <select aria-invalid={invalid || undefined} className={`${inputClass} ${className}`} {...rest} />;
}
