"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { describedBy, Field, Select, TextInput } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { roles } from "@/lib/auth/roles";
import { createUserAction } from "@/lib/users/actions";

export function CreateUserForm() {
  const t = useTranslations("users");
  const tRoles = useTranslations("roles");
  const [state, formAction, pending] = useActionState(createUserAction, {});
  const errors = state.errors ?? {};
  return (
    <form action={formAction} noValidate className="space-y-4" key={state.values ? JSON.stringify(state.values) : String(state.ok)}>
      <Field id="new-email" label={t("email")} errors={errors.email}>
        <TextInput id="new-email" name="email" type="email" defaultValue={state.values?.email} invalid={!!errors.email} aria-describedby={describedBy("new-email")} />
      </Field>
      <Field id="new-name" label={t("name")} errors={errors.name}>
        <TextInput id="new-name" name="name" defaultValue={state.values?.name} invalid={!!errors.name} aria-describedby={describedBy("new-name")} />
      </Field>
      <Field id="new-role" label={t("role")} errors={errors.role}>
        <Select id="new-role" name="role" defaultValue={state.values?.role ?? "VIEWER"} invalid={!!errors.role} aria-describedby={describedBy("new-role")}>
          {roles.map((role) => (
            <option key={role} value={role}>
              {tRoles(role)}
            </option>
          ))}
        </Select>
      </Field>
      <Field id="new-password" label={t("password")} hint={t("passwordHint")} errors={errors.password}>
        <TextInput id="new-password" name="password" type="password" autoComplete="new-password" invalid={!!errors.password} aria-describedby={describedBy("new-password", true)} />
      </Field>
      <FormMessage state={state} />
      <Button type="submit" disabled={pending}>
        {t("create")}
      </Button>
    </form>
  );
}
