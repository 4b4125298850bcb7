/** The form-level result of a server action, announced to screen readers. */
export function FormMessage({ state }: { state: { ok?: boolean; message?: string } }) {
  return (
    <div aria-live="polite" role="status">
      {state.message && (
        <p
          className={`rounded-md px-3 py-2 text-sm ${state.ok ? "bg-emerald-50 text-emerald-800" : "bg-red-50 text-red-800"}`}
        >
          {state.message}
        </p>
      )}
    </div>
  );
}
