"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field, TextInput } from "@/components/ui/field";
import { signInAction } from "@/lib/auth/actions";

export function LoginForm({ callbackUrl }: { callbackUrl?: string }) {
  const t = useTranslations("login");
  const [state, formAction, pending] = useActionState(signInAction, {});
  return (
    <form action={formAction} noValidate className="space-y-4">
      {callbackUrl && <input type="hidden" name="callbackUrl" value={callbackUrl} />}
      <Field id="email" label={t("email")}>
        <TextInput
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          defaultValue={state.values?.email}
          invalid={state.ok === false}
          aria-describedby="login-error"
        />
      </Field>
      <Field id="password" label={t("password")}>
        <TextInput
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          maxLength={128}
          invalid={state.ok === false}
          aria-describedby="login-error"
        />
      </Field>
      <div id="login-error" aria-live="assertive">
        {state.message && (
          <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
            {state.message}
          </p>
        )}
      </div>
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
