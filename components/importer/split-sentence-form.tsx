"use client";
import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { sentenceOpAction } from "@/lib/importer/actions";

/** Splits a sentence at a character position (1 = after its first character). */
export function SplitSentenceForm({ draftId, version, start, length, label, button }: { draftId: string; version: number; start: number; length: number; label: string; button: string }) {
  const [state, formAction, pending] = useActionState(sentenceOpAction, {});
  const [position, setPosition] = useState("");
  const id = `split-${start}`;
  return (
    <form action={formAction} className="inline-flex items-center gap-1 text-xs">
      <input type="hidden" name="draftId" value={draftId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="op" value="split" />
      <input type="hidden" name="at" value={start + Number(position || 0)} />
      <label htmlFor={id}>{label}</label>
      <input id={id} type="number" min={1} max={length - 1} value={position} onChange={(e) => setPosition(e.target.value)} className="w-16 rounded border border-slate-300 px-1 py-0.5" />
      <Button type="submit" variant="ghost" className="px-2 py-1 text-xs" disabled={pending || !position}>{button}</Button>
      <span role="status" aria-live="polite" className="text-red-700">{state.ok === false ? state.message : ""}</span>
    </form>
  );
}
