import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { LoginForm } from "@/components/auth/login-form";
import { LanguageSwitch } from "@/components/layout/language-switch";
import { safeCallbackPath } from "@/lib/auth/schema";
import { getCurrentUser } from "@/lib/auth/session";
import { demoAccounts, demoPassword, isDemoMode } from "@/lib/demo";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("login"))("title") };
}

export default async function LoginPage({ searchParams }: PageProps<"/login">) {
  const { callbackUrl, ended } = await searchParams;
  if (await getCurrentUser()) redirect(safeCallbackPath(callbackUrl));
  const [t, tRoles] = await Promise.all([getTranslations("login"), getTranslations("roles")]);
  const demo = isDemoMode();
  return (
    <main className="grid min-h-screen place-items-center px-4 py-10">
      <div className="w-full max-w-sm space-y-6">
        <div className="flex items-center justify-between">
          <span className="flex items-center gap-2 text-lg font-semibold text-brand-800">
            <span aria-hidden className="grid h-8 w-8 place-items-center rounded bg-brand-600 text-white">F</span>
            Followthrough
          </span>
          <LanguageSwitch />
        </div>
        <section className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
          <h1 className="text-xl font-semibold">{t("title")}</h1>
          <p className="mb-5 mt-1 text-sm text-slate-600">{t("subtitle")}</p>
          {(ended === "idle" || ended === "expired") && (
            <p role="status" className="mb-4 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="session-ended">
              {t(ended === "idle" ? "endedIdle" : "endedExpired")}
            </p>
          )}
          <LoginForm callbackUrl={typeof callbackUrl === "string" ? safeCallbackPath(callbackUrl) : undefined} />
        </section>
        {demo && (
          <section className="rounded-lg border border-amber-200 bg-amber-50 p-4 text-sm" data-testid="demo-accounts">
            <h2 className="font-medium text-amber-900">{t("demoTitle")}</h2>
            <p className="mt-1 text-amber-900">
              {t("demoHint", { password: demoPassword })}
            </p>
            <ul className="mt-2 space-y-1 font-mono text-xs text-amber-950">
              {demoAccounts.map((account) => (
                <li key={account.email}>
                  {account.email} · {tRoles(account.role)}
                </li>
              ))}
            </ul>
          </section>
        )}
      </div>
    </main>
  );
}
