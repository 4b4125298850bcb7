import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { DebrisPanel } from "@/components/importer/debris-panel";
import { DraftSummary } from "@/components/importer/draft-summary";
import { ReviewItemCard } from "@/components/importer/review-item-card";
import { StructurePanel } from "@/components/importer/structure-panel";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/session";
import { getDraft, listImportReference, listLinkCandidates } from "@/lib/importer/data";
import { analysisOf } from "@/lib/importer/draft-analysis";
import { reviewItems } from "@/lib/importer/review";
import { suggestLinks } from "@/lib/importer/similarity";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("importer"))("reviewTitle") };
}

export default async function DraftPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePageUser("ADMIN");
  const { id } = await params;
  const draft = await getDraft(id.slice(0, 40));
  if (!draft) notFound();
  const [t, locale, reference, candidates] = await Promise.all([
    getTranslations("importer"), getLocale(), listImportReference(), listLinkCandidates(draft.state.meta.date),
  ]);
  const analysis = analysisOf(draft.rawText, draft.state);
  const items = reviewItems(analysis, draft.state).filter((i) => i.review.status !== "merged");
  const name = (o: { nameZh: string; nameEn: string }) => (locale === "zh" ? o.nameZh : o.nameEn);
  const areas = reference.areas.map((a) => ({ value: a.slug, label: name(a) }));
  const countries = reference.countries.filter((c) => draft.state.meta.parties.includes(c.code)).map((c) => ({ value: c.code, label: name(c) }));
  return (
    <>
      <PageHeader title={t("reviewTitle")} subtitle={draft.state.meta.titleZh} actions={<Link href="/admin/import" className="text-sm text-brand-700 hover:underline">{t("backToImports")}</Link>} />
      <DraftSummary draftId={draft.id} version={draft.version} meta={draft.state.meta} accepted={items.filter((i) => i.review.status === "accepted").length} total={items.length} />
      <div className="mt-6 grid gap-6 xl:grid-cols-2">
        <DebrisPanel lines={analysis.lines} draftId={draft.id} version={draft.version} />
        <StructurePanel sentences={analysis.sentences} joins={draft.state.joins} draftId={draft.id} version={draft.version} />
      </div>
      <section aria-labelledby="proposals-heading" className="mt-6 space-y-4">
        <h2 id="proposals-heading" className="text-lg font-medium">{t("proposals", { count: items.length })}</h2>
        {items.map((item) => (
          <ReviewItemCard
            key={item.id}
            draftId={draft.id}
            version={draft.version}
            areas={areas}
            countries={countries}
            suggestions={suggestLinks(item, candidates)}
            item={{
              id: item.id, code: `${draft.state.meta.codePrefix}-${item.sentence.paragraphKey}`, status: item.review.status, quote: item.quote,
              sentenceKey: item.sentence.key, field: item.proposal.field, cue: item.proposal.cue, titleZh: item.titleZh, titleEn: item.titleEn,
              translation: item.translation, area: item.area, strength: item.strength, type: item.type, committing: item.committing,
              beneficiaries: item.beneficiaries, recurrence: item.recurrence, links: item.review.links.map((l) => `${l.target}:${l.type}`),
              reasons: item.proposal.reasons,
            }}
          />
        ))}
      </section>
    </>
  );
}
