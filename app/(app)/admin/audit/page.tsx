import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { AuditChange } from "@/components/audit/audit-change";
import { PageHeader } from "@/components/ui/page-header";
import { SimpleTable } from "@/components/ui/simple-table";
import { requirePageUser } from "@/lib/auth/session";
import { listAuditEntries } from "@/lib/audit/data";
import { auditFilterSchema, auditPageSize } from "@/lib/audit/schema";
import { dateFormatter } from "@/lib/i18n/localized";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("audit"))("title") };
}

const input = "rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm";

export default async function AuditPage({ searchParams }: PageProps<"/admin/audit">) {
  await requirePageUser("ADMIN");
  const params = await searchParams;
  const filter = auditFilterSchema.parse(params);
  const [t, locale, { entries, total, entityTypes, actions }] = await Promise.all([
    getTranslations("audit"),
    getLocale(),
    listAuditEntries(filter),
  ]);
  const time = dateFormatter(locale, { dateStyle: "medium", timeStyle: "medium" });
  const pages = Math.max(1, Math.ceil(total / auditPageSize));
  const pageLink = (page: number) => {
    const query = new URLSearchParams(Object.entries({ ...filter, page: String(page) }).filter(([, v]) => v) as [string, string][]);
    return `/admin/audit?${query}`;
  };
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle", { total })} />
      <form method="get" className="mb-4 flex flex-wrap items-end gap-2" role="search">
        <label className="text-sm">
          <span className="block text-xs text-slate-600">{t("actor")}</span>
          <input name="actor" defaultValue={filter.actor} className={input} maxLength={254} />
        </label>
        <label className="text-sm">
          <span className="block text-xs text-slate-600">{t("entity")}</span>
          <select name="entity" defaultValue={filter.entity ?? ""} className={input}>
            <option value="">{t("any")}</option>
            {entityTypes.map((type) => <option key={type} value={type}>{type}</option>)}
          </select>
        </label>
        <label className="text-sm">
          <span className="block text-xs text-slate-600">{t("action")}</span>
          <select name="action" defaultValue={filter.action ?? ""} className={input}>
            <option value="">{t("any")}</option>
            {actions.map((action) => <option key={action} value={action}>{action}</option>)}
          </select>
        </label>
        <label className="text-sm">
          <span className="block text-xs text-slate-600">{t("from")}</span>
          <input type="date" name="from" defaultValue={filter.from} className={input} />
        </label>
        <label className="text-sm">
          <span className="block text-xs text-slate-600">{t("to")}</span>
          <input type="date" name="to" defaultValue={filter.to} className={input} />
        </label>
        <button type="submit" className="rounded-md bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700">{t("apply")}</button>
        <Link href="/admin/audit" className="px-2 py-1.5 text-sm text-slate-600 underline">{t("reset")}</Link>
      </form>
      <SimpleTable headers={[t("when"), t("actor"), t("action"), t("entity"), t("change")]}>
            {entries.map((entry) => (
              <tr key={entry.id} className="align-top">
                <td className="whitespace-nowrap px-3 py-2 text-xs">{time.format(entry.at)}</td>
                <td className="px-3 py-2 text-xs">{entry.actorEmail ?? t("system")}{entry.ip && <div className="text-slate-400">{entry.ip}</div>}</td>
                <td className="px-3 py-2 font-mono text-xs">{entry.action}</td>
                <td className="px-3 py-2 text-xs">{entry.entityType}<div className="font-mono text-slate-400">{entry.entityId}</div></td>
                <td className="px-3 py-2"><AuditChange before={entry.before} after={entry.after} /></td>
              </tr>
            ))}
      </SimpleTable>
      {entries.length === 0 && <p className="px-6 py-10 text-center text-sm text-slate-600">{t("empty")}</p>}
      <nav aria-label={t("pages")} className="flex items-center justify-end gap-3 py-3 text-sm">
        {filter.page > 1 && <Link href={pageLink(filter.page - 1)} className="rounded-md border border-slate-300 bg-white px-3 py-1">{t("previous")}</Link>}
        <span>{t("pageOf", { page: filter.page, pages })}</span>
        {filter.page < pages && <Link href={pageLink(filter.page + 1)} className="rounded-md border border-slate-300 bg-white px-3 py-1">{t("next")}</Link>}
      </nav>
    </>
  );
}
