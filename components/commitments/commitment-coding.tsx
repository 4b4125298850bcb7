import { getLocale, getTranslations } from "next-intl/server";
import type { getCommitmentByCode } from "@/lib/commitments/data";
import { dateFormatter, localized } from "@/lib/i18n/localized";

type Commitment = NonNullable<Awaited<ReturnType<typeof getCommitmentByCode>>>;

/** How the commitment was coded from its wording: area, type, strength and cue, parties, recurrence. */
export async function CommitmentCoding({ commitment }: { commitment: Commitment }) {
  const [t, tc, locale] = await Promise.all([getTranslations("commitment"), getTranslations("commitments"), getLocale()]);
  const parties = (role: "COMMITTING" | "BENEFICIARY") =>
    commitment.parties
      .filter((p) => p.role === role)
      .map((p) => localized(locale, p.country.nameZh, p.country.nameEn))
      .join(locale === "zh" ? "、" : ", ");
  const rows: [string, React.ReactNode][] = [
    [t("area"), localized(locale, commitment.area.nameZh, commitment.area.nameEn)],
    [t("type"), tc(`types.${commitment.type}`)],
    [t("strength"), tc(`strengths.${commitment.strength}`)],
    [t("cue"), commitment.cue ? <span lang="zh-CN" className="rounded bg-amber-50 px-1.5 py-0.5">{commitment.cue}</span> : t("none")],
    [t("committing"), parties("COMMITTING") || t("none")],
    [t("beneficiaries"), parties("BENEFICIARY") || t("none")],
    [
      t("recurrence"),
      commitment.recurrence ? t("recurrenceValue", { frequency: commitment.recurrence, first: commitment.firstPeriod ?? "" }) : t("none"),
    ],
    [t("dueDate"), commitment.dueDate ? dateFormatter(locale).format(commitment.dueDate) : t("none")],
  ];
  return (
    <section className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm" aria-labelledby="coding-heading">
      <h2 id="coding-heading" className="mb-3 font-medium">{t("coding")}</h2>
      <dl className="grid grid-cols-[8rem_1fr] gap-x-3 gap-y-2 text-sm">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-slate-500">{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {commitment.recurrenceNote && <p lang="zh-CN" className="mt-3 text-xs text-slate-500">“{commitment.recurrenceNote}”</p>}
    </section>
  );
}
