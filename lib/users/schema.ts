import { z } from "zod";
import { roles } from "@/lib/auth/roles";
import { isCommonPassword } from "./common-passwords";

export const passwordSchema = z
  .string()
  .min(12, "validation.passwordTooShort")
  .max(128, "validation.passwordTooLong")
  // A password with a control character in it could not be typed into the sign-in form.
  .refine((value) => !/[\u0000-\u001f\u007f]/.test(value), "validation.passwordControl")
  .refine((value) => !isCommonPassword(value), "validation.passwordCommon");

export const createUserSchema = z.object({
  email: z.string().trim().toLowerCase().max(254).email("validation.email"),
  name: z.string().trim().min(1, "validation.required").max(120, "validation.tooLong"),
  role: z.enum(roles, "validation.role"),
  password: passwordSchema,
});
export type CreateUserInput = z.output<typeof createUserSchema>;

export const changeRoleSchema = z.object({
  id: z.string().min(1).max(40),
  role: z.enum(roles, "validation.role"),
  version: z.coerce.number().int().min(1),
});

export const setDisabledSchema = z.object({
  id: z.string().min(1).max(40),
  disabled: z.enum(["true", "false"]).transform((value) => value === "true"),
  version: z.coerce.number().int().min(1),
});
