import { useTranslations } from "next-intl";
import { dateFormatter } from "@/lib/i18n/localized";
import type { EvidenceGrade } from "@/lib/updates/fields";

const gradeColor: Record<EvidenceGrade, string> = {
  A: "bg-emerald-100 text-emerald-900",
  B: "bg-sky-100 text-sky-900",
  C: "bg-amber-100 text-amber-900",
  D: "bg-slate-200 text-slate-800",
};

/** The reliability grade as a small badge whose full meaning is in its title and accessible name. */
export function GradeBadge({ grade }: { grade: EvidenceGrade }) {
  const t = useTranslations("updates.evidence");
  return (
    <abbr title={t(`grades.${grade}`)} aria-label={t(`grades.${grade}`)} className={`rounded px-1.5 py-0.5 text-xs font-semibold no-underline ${gradeColor[grade]}`}>
      {grade}
    </abbr>
  );
}

export type EvidenceLinkData = { url: string; title: string; eventDate: Date | null; grade: EvidenceGrade };

/** A source link with its grade and the date of the event it documents; opens in a new tab. */
export function EvidenceLink({ evidence, locale }: { evidence: EvidenceLinkData; locale: string }) {
  const t = useTranslations("updates.evidence");
  return (
    <span className="inline-flex flex-wrap items-center gap-2 text-sm">
      <GradeBadge grade={evidence.grade} />
      <a href={evidence.url} target="_blank" rel="noopener noreferrer nofollow" className="break-all text-brand-700 underline hover:text-brand-800">
        {evidence.title}
      </a>
      {evidence.eventDate && (
        <time dateTime={evidence.eventDate.toISOString().slice(0, 10)} className="text-xs text-slate-500">
          {t("eventOn", { date: dateFormatter(locale).format(evidence.eventDate) })}
        </time>
      )}
    </span>
  );
}
