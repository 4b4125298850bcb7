import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { CommitmentCoding } from "@/components/commitments/commitment-coding";
import { CommitmentLinks } from "@/components/commitments/commitment-links";
import { EditCommitmentForm } from "@/components/commitments/edit-commitment-form";
import { QuoteInContext } from "@/components/documents/quote-in-context";
import { ChangeHistory } from "@/components/updates/change-history";
import { Occurrences } from "@/components/updates/occurrences";
import { StatusUpdateForm } from "@/components/updates/status-update-form";
import { Timeline } from "@/components/updates/timeline";
import { TrackingCards } from "@/components/updates/tracking-cards";
import { hasRole } from "@/lib/auth/roles";
import { requirePageUser } from "@/lib/auth/session";
import { getCommitmentByCode, listFilterOptions } from "@/lib/commitments/data";
import { commitmentCodeParam } from "@/lib/commitments/schema";
import { getCommitmentContext } from "@/lib/documents/data";
import { localized } from "@/lib/i18n/localized";
import { getTrackingForCommitment, listAssignableOwners, listChangeHistory, listOccurrences, listTimeline } from "@/lib/updates/data";

type Props = PageProps<"/commitments/[code]">;

const load = async (raw: string) => {
  const code = commitmentCodeParam.safeParse(decodeURIComponent(raw));
  return code.success ? getCommitmentByCode(code.data) : null;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const commitment = await load((await params).code);
  const locale = await getLocale();
  return { title: commitment ? `${commitment.code} · ${localized(locale, commitment.titleZh, commitment.titleEn)}` : undefined };
}

const section = "rounded-lg border border-slate-200 bg-white p-4 shadow-sm";

export default async function CommitmentPage({ params, searchParams }: Props) {
  const user = await requirePageUser();
  const commitment = await load((await params).code);
  if (!commitment) notFound();
  const { country } = await searchParams;
  const analyst = hasRole(user.role, "ANALYST");
  const admin = hasRole(user.role, "ADMIN");
  const [t, tUpdates, locale, context, cards, timeline, occurrences, owners, options] = await Promise.all([
    getTranslations("commitment"),
    getTranslations("updates"),
    getLocale(),
    getCommitmentContext(commitment.code),
    getTrackingForCommitment(commitment.id),
    listTimeline(commitment.id, { includeInternal: analyst }),
    commitment.recurrence ? listOccurrences(commitment.id) : Promise.resolve([]),
    admin ? listAssignableOwners() : Promise.resolve(undefined),
    admin ? listFilterOptions() : Promise.resolve(undefined),
  ]);
  const history = await listChangeHistory([commitment.id, ...cards.map((c) => c.id), ...occurrences.map((o) => o.id)]);
  const selected = typeof country === "string" && cards.some((c) => c.country.code === country) ? [country] : [];
  const paragraph = context?.paragraph;
  return (
    <div className="space-y-6">
      <div>
        <Link href="/commitments" className="text-sm text-brand-700 hover:underline">← {t("backToList")}</Link>
        <p className="mt-3 font-mono text-sm text-slate-500">{commitment.code}</p>
        <h1 className="text-2xl font-semibold tracking-tight">{localized(locale, commitment.titleZh, commitment.titleEn)}</h1>
        <p className="mt-1 text-sm text-slate-600">{locale === "zh" ? commitment.titleEn : commitment.titleZh}</p>
      </div>
      <div className="grid gap-6 lg:grid-cols-[1fr_22rem]">
        <section className={section} aria-labelledby="source-heading">
          <h2 id="source-heading" className="mb-3 font-medium">{t("source")}</h2>
          {paragraph && context ? (
            <QuoteInContext
              sentences={paragraph.sentences}
              quote={context}
              lead={paragraph.lead}
              translation={context.translationEn}
              paragraphKey={paragraph.key}
              documentHref={`/documents/${context.document.slug}#p-${paragraph.key}`}
            />
          ) : (
            <blockquote lang="zh-CN" className="border-l-4 border-brand-600 pl-3">{commitment.quote}</blockquote>
          )}
          <p className="mt-3 text-xs text-slate-500">
            <Link href={`/documents/${commitment.document.slug}`} className="hover:underline">
              {t("inDocument", { document: localized(locale, commitment.document.titleZh, commitment.document.titleEn), paragraph: commitment.paragraphRef })}
            </Link>
          </p>
        </section>
        <CommitmentCoding commitment={commitment} />
      </div>
      <section aria-labelledby="cards-heading" className="space-y-3">
        <h2 id="cards-heading" className="font-medium">{t("statusByCountry")}</h2>
        <TrackingCards cards={cards} commitmentCode={commitment.code} canLog={analyst} owners={owners} />
      </section>
      {analyst && (
        <section id="update" className={section} aria-labelledby="update-heading">
          <h2 id="update-heading" className="mb-3 font-medium">{tUpdates("form.heading")}</h2>
          <StatusUpdateForm
            commitmentId={commitment.id}
            commitmentCode={commitment.code}
            countries={cards.map((c) => ({ code: c.country.code, name: localized(locale, c.country.nameZh, c.country.nameEn), status: c.status, progress: c.progress, version: c.version }))}
            initialCountries={selected}
          />
        </section>
      )}
      {commitment.recurrence && (
        <section className={section} aria-labelledby="occurrences-heading">
          <h2 id="occurrences-heading" className="mb-3 font-medium">{t("occurrences")}</h2>
          <Occurrences occurrences={occurrences} canEdit={analyst} />
        </section>
      )}
      <div className="grid gap-6 lg:grid-cols-2">
        <section className={section} aria-labelledby="timeline-heading">
          <h2 id="timeline-heading" className="mb-3 font-medium">{t("timeline")}</h2>
          <Timeline entries={timeline} />
        </section>
        <section className={section} aria-labelledby="links-heading">
          <h2 id="links-heading" className="mb-3 font-medium">{t("links.title")}</h2>
          <CommitmentLinks links={context?.links ?? []} fromId={commitment.id} canEdit={admin} />
        </section>
      </div>
      <section className={section} aria-labelledby="history-heading">
        <h2 id="history-heading" className="mb-3 font-medium">{t("history")}</h2>
        <ChangeHistory entries={history} />
      </section>
      {admin && options && (
        <details className={section}>
          <summary className="cursor-pointer font-medium">{t("edit.title")}</summary>
          <div className="mt-4">
            <EditCommitmentForm
              areas={options.areas.map((a) => ({ slug: a.slug, name: localized(locale, a.nameZh, a.nameEn) }))}
              commitment={{
                id: commitment.id, version: commitment.version, titleZh: commitment.titleZh, titleEn: commitment.titleEn,
                translationEn: commitment.translationEn, areaSlug: commitment.areaSlug, type: commitment.type,
                strength: commitment.strength, dueDate: commitment.dueDate?.toISOString().slice(0, 10) ?? "",
              }}
            />
          </div>
        </details>
      )}
    </div>
  );
}
