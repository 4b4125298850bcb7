"use server";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { authorizedAction } from "@/lib/auth/authorized-action";
import { createUser, updateUserAccess, type UserChangeResult } from "./mutations";
import { changeRoleSchema, createUserSchema, setDisabledSchema } from "./schema";

async function settle(result: UserChangeResult, done: string) {
  const t = await getTranslations("users");
  if (!result.ok) return { ok: false, message: t(`errors.${result.reason}`) };
  revalidatePath("/admin/users");
  return { ok: true, message: t(done) };
}

export const createUserAction = authorizedAction("ADMIN", createUserSchema, async (input, { user, ip }) =>
  settle(await createUser(input, user, ip), "created"),
);

export const changeRoleAction = authorizedAction("ADMIN", changeRoleSchema, async (input, { user, ip }) =>
  settle(await updateUserAccess(input, user, ip), "roleChanged"),
);

export const setUserDisabledAction = authorizedAction("ADMIN", setDisabledSchema, async (input, { user, ip }) =>
  settle(await updateUserAccess(input, user, ip), input.disabled ? "disabled" : "enabled"),
);
