import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/tracking/status-badge";
import { dateFormatter, localized } from "@/lib/i18n/localized";
import { ogpLevelFor, statusColor } from "@/lib/tracking/status";
import type { TrackingCard } from "@/lib/updates/data";
import { EvidenceLink } from "./evidence-link";
import { OwnerForm } from "./owner-form";

// Statuses that claim something happened; without evidence they are flagged on the card.
const claims = new Set(["IN_PROGRESS", "SUBSTANTIAL", "COMPLETED"]);

type Props = {
  /** From getTrackingForCommitment. */
  cards: TrackingCard[];
  commitmentCode: string;
  /** Analysts and admins get a "Log update" link per country (to ?country=XX#log-update). */
  canLog?: boolean;
  /** Admins: the people who may own a row (listAssignableOwners); shows an owner picker per card. */
  owners?: { id: string; name: string }[];
};

/** One card per country: its status, progress, owner, last update and latest evidence. */
export async function TrackingCards({ cards, commitmentCode, canLog = false, owners }: Props) {
  const [t, tOgp, locale] = await Promise.all([getTranslations("updates.cards"), getTranslations("updates.ogp"), getLocale()]);
  const date = dateFormatter(locale);
  if (cards.length === 0) return <p className="text-sm text-slate-600">{t("empty")}</p>;
  return (
    <ul className="grid gap-3 sm:grid-cols-2 xl:grid-cols-3">
      {cards.map((card) => {
        const country = localized(locale, card.country.nameZh, card.country.nameEn);
        const ogp = ogpLevelFor(card.status, card.progress);
        return (
          <li key={card.id} className="flex flex-col gap-2 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
            <div className="flex items-start justify-between gap-2">
              <h3 className="font-medium">{country}</h3>
              <StatusBadge status={card.status} />
            </div>
            <div className="flex items-center gap-2">
              <div className="h-2 flex-1 overflow-hidden rounded bg-slate-100" aria-hidden>
                <div className={`h-full ${statusColor[card.status]}`} style={{ width: `${card.progress}%` }} />
              </div>
              <span className="text-sm tabular-nums text-slate-700">{t("progress", { value: card.progress })}</span>
            </div>
            <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-xs text-slate-600">
              <dt>{t("ogp")}</dt>
              <dd>{tOgp(ogp ?? "none")}</dd>
              <dt>{t("lastUpdate")}</dt>
              <dd>{card.lastUpdateAt ? <time dateTime={card.lastUpdateAt.toISOString()}>{date.format(card.lastUpdateAt)}</time> : t("never")}</dd>
              <dt>{t("owner")}</dt>
              <dd>{card.owner?.name ?? t("noOwner")}</dd>
            </dl>
            {card.latestEvidence && (
              <div className="text-xs text-slate-600">
                <p className="mb-1">{t("latestEvidence")}</p>
                <EvidenceLink evidence={card.latestEvidence} locale={locale} />
              </div>
            )}
            {claims.has(card.status) && !card.hasEvidence && <p className="text-xs text-amber-800">{t("unsupported")}</p>}
            {owners && <OwnerForm trackingId={card.id} version={card.version} ownerId={card.owner?.id ?? null} country={country} owners={owners} />}
            {canLog && (
              <Link href={`/commitments/${encodeURIComponent(commitmentCode)}?country=${card.country.code}#log-update`}
                className="mt-auto self-start text-sm font-medium text-brand-700 underline hover:text-brand-800" aria-label={t("logUpdateFor", { country })}>
                {t("logUpdate")}
              </Link>
            )}
          </li>
        );
      })}
    </ul>
  );
}
