import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { signOutAction, signOutEverywhereAction } from "@/lib/auth/actions";
import { hasRole } from "@/lib/auth/roles";
import type { CurrentUser } from "@/lib/auth/session";
import { LanguageSwitch } from "./language-switch";
import { NavLinks } from "./nav-links";
import { SignOutEverywhereButton } from "./sign-out-everywhere";

export async function AppHeader({ user }: { user: CurrentUser }) {
  const [t, tRoles] = await Promise.all([getTranslations("nav"), getTranslations("roles")]);
  const links: { href: string; label: string; match?: string }[] = [
    { href: "/dashboard", label: t("dashboard") },
    { href: "/commitments", label: t("commitments") },
    { href: "/documents", label: t("documents") },
    { href: "/reports", label: t("reports") },
  ];
  if (hasRole(user.role, "ANALYST")) links.push({ href: "/commitments/import", label: t("import") });
  if (hasRole(user.role, "ADMIN")) links.push({ href: "/admin/users", label: t("admin"), match: "/admin" });
  return (
    <header className="border-b border-slate-200 bg-white">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:p-2">
        {t("skipToContent")}
      </a>
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/dashboard" className="flex items-center gap-2 font-semibold text-brand-800">
          <span aria-hidden className="grid h-7 w-7 place-items-center rounded bg-brand-600 text-sm text-white">
            F
          </span>
          Followthrough
        </Link>
        <NavLinks links={links} label={t("mainNav")} />
        <div className="ml-auto flex items-center gap-3">
          <LanguageSwitch />
          <details className="relative">
            <summary
              aria-label={t("userMenu")}
              className="flex cursor-pointer list-none items-center gap-2 rounded-md px-2 py-1 text-sm hover:bg-slate-100"
            >
              <span className="grid h-7 w-7 place-items-center rounded-full bg-slate-200 text-xs font-semibold uppercase">
                {user.name.slice(0, 1)}
              </span>
              <span className="hidden sm:inline" data-testid="user-name">{user.name}</span>
              <span className="rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-600" data-testid="user-role">
                {tRoles(user.role)}
              </span>
            </summary>
            <div className="absolute right-0 z-20 mt-2 w-64 rounded-md border border-slate-200 bg-white p-2 shadow-lg">
              <p className="px-2 py-1 text-xs text-slate-500">{t("signedInAs", { name: user.email })}</p>
              <form action={signOutAction}>
                <button type="submit" className="w-full rounded px-2 py-2 text-left text-sm hover:bg-slate-100">
                  {t("signOut")}
                </button>
              </form>
              <SignOutEverywhereButton action={signOutEverywhereAction} label={t("signOutEverywhere")} />
            </div>
          </details>
        </div>
      </div>
    </header>
  );
}
