import { getTranslations } from "next-intl/server";
import { NavLinks } from "@/components/layout/nav-links";
import { requirePageUser } from "@/lib/auth/session";

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  await requirePageUser("ADMIN");
  const t = await getTranslations("nav");
  return (
    <>
      <div className="mb-4 border-b border-slate-200 pb-2">
        <NavLinks
          label={t("admin")}
          links={[
            { href: "/admin/users", label: t("users") },
            { href: "/admin/import", label: t("importStatement") },
            { href: "/admin/audit", label: t("auditLog") },
          ]}
        />
      </div>
      {children}
    </>
  );
}
