"use client";
import { useActionState } from "react";
import type { ActionState } from "@/lib/auth/authorized-action";

export function SignOutEverywhereButton({
  action,
  label,
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  label: string;
}) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction}>
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded px-2 py-2 text-left text-sm text-red-700 hover:bg-red-50"
      >
        {label}
      </button>
      {state.message && <p className="px-2 text-xs text-red-700">{state.message}</p>}
    </form>
  );
}
