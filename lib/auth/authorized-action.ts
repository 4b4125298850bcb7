import "server-only";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";
import { fieldsWithNulBytes } from "@/lib/security/input";
import { hasRole, type Role } from "./roles";
import { getCurrentUser, type CurrentUser } from "./session";
import { clientAddress } from "./throttle";

export type ActionState = {
  ok?: boolean;
  message?: string;
  errors?: Record<string, string[]>;
  /** Echo of what was submitted, so that a form can be re-filled after an error. */
  values?: Record<string, string>;
};

export type ActionContext = { user: CurrentUser; ip: string };

export function formDataToObject(formData: FormData): Record<string, string | string[]> {
  const result: Record<string, string | string[]> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("$ACTION")) continue;
    const text = typeof value === "string" ? value : value.name;
    const existing = result[key];
    if (existing === undefined) result[key] = text;
    else result[key] = Array.isArray(existing) ? [...existing, text] : [existing, text];
  }
  return result;
}

/**
 * The only way to write a server action: check the session and role on the server, validate the
 * input with its schema, then run the handler (which does the mutation and its audit entry in one
 * transaction and revalidates). Validation messages are i18n keys, translated here.
 */
export function authorizedAction<S extends z.ZodType>(
  role: Role,
  schema: S,
  handler: (input: z.output<S>, context: ActionContext) => Promise<ActionState | void>,
) {
  return async function action(_previous: ActionState, formData: FormData): Promise<ActionState> {
    try {
      return await run(formData);
    } catch (error) {
      // The mutation's transaction never committed: say so plainly, the form keeps what was typed.
      if (!isDatabaseUnavailable(error)) throw error;
      const t = await getTranslations();
      return { ok: false, message: t("errors.databaseUnavailable"), values: stringValues(formDataToObject(formData)) };
    }
  };

  async function run(formData: FormData): Promise<ActionState> {
    const t = await getTranslations();
    const user = await getCurrentUser();
    if (!user) return { ok: false, message: t("errors.signedOut") };
    if (!hasRole(user.role, role)) return { ok: false, message: t("errors.forbidden") };
    const raw = formDataToObject(formData);
    const nul = fieldsWithNulBytes(raw);
    if (nul.length) return { ok: false, message: t("errors.invalid"), errors: Object.fromEntries(nul.map((key) => [key, [t("errors.invalid")]])) };
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      const errors: Record<string, string[]> = {};
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? "form");
        const text = t.has(issue.message) ? t(issue.message) : issue.message;
        (errors[field] ??= []).push(text);
      }
      return { ok: false, message: t("errors.invalid"), errors, values: stringValues(raw) };
    }
    const ip = clientAddress(await headers());
    return (await handler(parsed.data, { user, ip })) ?? { ok: true };
  }
}

function stringValues(raw: Record<string, string | string[]>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(raw)
      .filter(([key]) => !/password/i.test(key))
      .map(([key, value]) => [key, Array.isArray(value) ? value.join(",") : value]),
  );
}
