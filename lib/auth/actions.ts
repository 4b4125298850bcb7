"use server";
import { AuthError } from "next-auth";
import { cookies } from "next/headers";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";
import { localeCookie, locales } from "@/lib/i18n/config";
import { endAllSessions } from "@/lib/users/mutations";
import { signIn, signOut } from "./auth";
import { authorizedAction, type ActionState } from "./authorized-action";
import { safeCallbackPath, signInSchema } from "./schema";

export async function signInAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const t = await getTranslations("login");
  const email = String(formData.get("email") ?? "");
  const parsed = signInSchema.safeParse({
    email,
    password: formData.get("password"),
    callbackUrl: formData.get("callbackUrl") ?? undefined,
  });
  if (!parsed.success) return { ok: false, message: t("invalid"), values: { email } };
  try {
    await signIn("credentials", {
      email: parsed.data.email,
      password: parsed.data.password,
      redirectTo: safeCallbackPath(parsed.data.callbackUrl),
    });
    return { ok: true };
  } catch (error) {
    // signIn redirects by throwing; only Auth.js's own errors are failures to report.
    if (!(error instanceof AuthError)) throw error;
    if (isDatabaseUnavailable(error)) return { ok: false, message: (await getTranslations("errors"))("databaseUnavailable"), values: { email } };
    const throttled = "code" in error && error.code === "throttled";
    return { ok: false, message: t(throttled ? "throttled" : "invalid"), values: { email } };
  }
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/login" });
}

export const signOutEverywhereAction = authorizedAction("VIEWER", z.object({}), async (_input, { user, ip }) => {
  await endAllSessions(user, ip);
  await signOut({ redirectTo: "/login" });
});

const localeSchema = z.object({ locale: z.enum(locales) });

/** Open to everyone (the sign-in page has the switch too): it only sets a preference cookie. */
export async function setLocaleAction(formData: FormData): Promise<void> {
  const parsed = localeSchema.safeParse({ locale: formData.get("locale") });
  if (!parsed.success) return;
  (await cookies()).set(localeCookie, parsed.data.locale, {
    path: "/",
    maxAge: 60 * 60 * 24 * 365,
    sameSite: "lax",
    httpOnly: true,
  });
}
