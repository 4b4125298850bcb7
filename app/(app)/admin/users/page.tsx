import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { SimpleTable } from "@/components/ui/simple-table";
import { CreateUserForm } from "@/components/users/create-user-form";
import { UserAccessControls } from "@/components/users/user-access-controls";
import { requirePageUser } from "@/lib/auth/session";
import { listUsers } from "@/lib/users/data";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("users"))("title") };
}

export default async function UsersPage() {
  const me = await requirePageUser("ADMIN");
  const [t, tRoles, locale, users] = await Promise.all([
    getTranslations("users"),
    getTranslations("roles"),
    getLocale(),
    listUsers(),
  ]);
  const date = new Intl.DateTimeFormat(locale === "zh" ? "zh-CN" : "en-GB", { dateStyle: "medium", timeZone: "UTC" });
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      <div className="grid gap-6 lg:grid-cols-[1fr_20rem]">
        <SimpleTable headers={[t("name"), t("role"), t("state"), t("since"), t("actions")]}>
              {users.map((user) => (
                <tr key={user.id} data-testid={`user-${user.email}`}>
                  <td className="px-3 py-2">
                    <div className="font-medium">{user.name}</div>
                    <div className="text-xs text-slate-500">{user.email}</div>
                  </td>
                  <td className="px-3 py-2">{tRoles(user.role)}</td>
                  <td className="px-3 py-2">
                    <span className={`rounded px-2 py-0.5 text-xs ${user.disabledAt ? "bg-red-50 text-red-800" : "bg-emerald-50 text-emerald-800"}`}>
                      {user.disabledAt ? t("inactive") : t("active")}
                    </span>
                  </td>
                  <td className="px-4 py-3 text-slate-600">{date.format(user.createdAt)}</td>
                  <td className="px-3 py-2">
                    {user.id === me.id ? (
                      <span className="text-xs text-slate-500">({t("you")})</span>
                    ) : (
                      <UserAccessControls user={{ id: user.id, email: user.email, role: user.role, disabled: !!user.disabledAt, version: user.version }} />
                    )}
                  </td>
                </tr>
              ))}
        </SimpleTable>
        <section className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          <h2 className="mb-4 font-medium">{t("createTitle")}</h2>
          <CreateUserForm />
        </section>
      </div>
    </>
  );
}
