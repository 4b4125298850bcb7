import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { CommitmentContext } from "@/lib/documents/data";
import { localized } from "@/lib/i18n/localized";
import { AddLinkForm, RemoveLinkButton } from "./link-editor";

/** Lineage: what this commitment reaffirms, upgrades, supersedes or implements, and what points at it. */
export async function CommitmentLinks({ links, fromId, canEdit }: { links: CommitmentContext["links"]; fromId: string; canEdit: boolean }) {
  const [t, locale] = await Promise.all([getTranslations("commitment.links"), getLocale()]);
  return (
    <div className="space-y-4">
      {links.length === 0 ? (
        <p className="text-sm text-slate-600">{t("empty")}</p>
      ) : (
        <ul className="space-y-2 text-sm">
          {links.map((link) => (
            <li key={link.id} className="rounded-md border border-slate-100 p-2">
              <span className="text-xs uppercase tracking-wide text-slate-500">
                {link.direction === "outgoing" ? `${t("outgoing")} ${t(`types.${link.type}`)}` : `${t("incoming")} (${t(`types.${link.type}`)})`}
              </span>
              <div>
                <Link href={`/commitments/${link.commitment.code}`} className="font-medium text-brand-700 hover:underline">
                  <span className="mr-1 font-mono text-xs">{link.commitment.code}</span>
                  {localized(locale, link.commitment.titleZh, link.commitment.titleEn)}
                </Link>
              </div>
              <div className="text-xs text-slate-500">{localized(locale, link.commitment.document.titleZh, link.commitment.document.titleEn)}</div>
              {link.note && <p className="mt-1 text-xs text-slate-600">{link.note}</p>}
              {canEdit && link.direction === "outgoing" && <RemoveLinkButton linkId={link.id} />}
            </li>
          ))}
        </ul>
      )}
      {canEdit && <AddLinkForm fromId={fromId} />}
    </div>
  );
}
