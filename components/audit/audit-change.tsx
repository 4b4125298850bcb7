import { changedKeys } from "@/lib/audit/schema";

const full = (value: unknown) => (value === undefined ? "—" : typeof value === "string" ? value : JSON.stringify(value));
const limit = 160;

/** Long values (a quote, a whole translation) are cut in the list; the full text is in the tooltip. */
function Value({ value }: { value: unknown }) {
  const text = full(value);
  return text.length > limit ? <span title={text}>{text.slice(0, limit)}…</span> : <>{text}</>;
}

/** Before and after of one audit entry, limited to the fields that changed. */
export function AuditChange({ before, after }: { before: unknown; after: unknown }) {
  const keys = changedKeys(before, after);
  if (keys.length === 0) return <span className="text-xs text-slate-400">—</span>;
  const b = (before ?? {}) as Record<string, unknown>;
  const a = (after ?? {}) as Record<string, unknown>;
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-xs">
      {keys.map((key) => (
        <div key={key} className="contents">
          <dt className="font-mono text-slate-500">{key}</dt>
          <dd className="break-all">
            {before !== null && before !== undefined && <del className="mr-1 text-red-700"><Value value={b[key]} /></del>}
            <ins className="text-emerald-800 no-underline"><Value value={a[key]} /></ins>
          </dd>
        </div>
      ))}
    </dl>
  );
}
