"use client";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import type { ActionState } from "@/lib/auth/authorized-action";

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

/** One button that posts a review step; a refusal is shown beside it, a success re-renders the page. */
export function OpForm({ action, fields, label, variant = "secondary", testId }: {
  action: Action;
  fields: Record<string, string | number>;
  label: string;
  variant?: "primary" | "secondary" | "danger" | "ghost";
  testId?: string;
}) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} className="inline-flex flex-wrap items-center gap-2" data-testid={testId}>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Button type="submit" variant={variant} disabled={pending} className="px-2 py-1 text-xs">
        {label}
      </Button>
      <span role="status" aria-live="polite" className="text-xs text-red-700">
        {state.ok === false ? state.message : ""}
      </span>
    </form>
  );
}
