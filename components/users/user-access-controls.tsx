"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/field";
import { roles, type Role } from "@/lib/auth/roles";
import { changeRoleAction, setUserDisabledAction } from "@/lib/users/actions";

type Props = { user: { id: string; email: string; role: Role; disabled: boolean; version: number } };

export function UserAccessControls({ user }: Props) {
  const t = useTranslations("users");
  const tRoles = useTranslations("roles");
  const [roleState, roleAction, rolePending] = useActionState(changeRoleAction, {});
  const [stateState, stateAction, statePending] = useActionState(setUserDisabledAction, {});
  const message = roleState.message ?? stateState.message;
  const failed = roleState.ok === false || stateState.ok === false;
  return (
    <div className="flex flex-wrap items-center gap-2">
      <form action={roleAction} className="flex items-center gap-2">
        <input type="hidden" name="id" value={user.id} />
        <input type="hidden" name="version" value={user.version} />
        <Select name="role" defaultValue={user.role} aria-label={`${t("role")}: ${user.email}`} className="w-32 py-1">
          {roles.map((role) => (
            <option key={role} value={role}>
              {tRoles(role)}
            </option>
          ))}
        </Select>
        <Button type="submit" variant="secondary" disabled={rolePending} className="py-1">
          {t("saveRole")}
        </Button>
      </form>
      <form action={stateAction}>
        <input type="hidden" name="id" value={user.id} />
        <input type="hidden" name="version" value={user.version} />
        <input type="hidden" name="disabled" value={user.disabled ? "false" : "true"} />
        <Button type="submit" variant={user.disabled ? "secondary" : "danger"} disabled={statePending} className="py-1">
          {user.disabled ? t("enable") : t("disable")}
        </Button>
      </form>
      {message && (
        <p role="status" className={`w-full text-xs ${failed ? "text-red-700" : "text-emerald-700"}`}>
          {message}
        </p>
      )}
    </div>
  );
}
