"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { describedBy, Field, Select, TextInput } from "@/components/ui/field";
import { evidenceField, evidenceGrades } from "@/lib/updates/fields";

export type EvidenceDraft = { key: number; url: string; title: string; eventDate: string; grade: string };

let nextKey = 0;
export const emptyEvidence = (): EvidenceDraft => ({ key: nextKey++, url: "", title: "", eventDate: "", grade: "" });

/**
 * Controlled evidence rows (add/remove), posted as evidence.<row>.<field> so that the server's
 * errors come back beside the right input.
 */
export function EvidenceFields({
  idPrefix,
  rows,
  onChange,
  errors,
  max,
}: {
  idPrefix: string;
  rows: EvidenceDraft[];
  onChange: (rows: EvidenceDraft[]) => void;
  errors: Record<string, string[]>;
  max: number;
}) {
  const t = useTranslations("updates.evidence");
  const set = (index: number, patch: Partial<EvidenceDraft>) => onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  return (
    <fieldset className="space-y-3">
      <legend className="text-sm font-medium text-slate-700">{t("title")}</legend>
      <p className="text-xs text-slate-500">{t("hint")}</p>
      {rows.map((row, index) => {
        const id = (name: string) => `${idPrefix}-evidence-${index}-${name}`;
        const error = (name: "url" | "title" | "eventDate" | "grade") => errors[evidenceField(index, name)];
        return (
          <fieldset key={row.key} className="rounded-md border border-slate-200 bg-slate-50 p-3">
            <legend className="px-1 text-xs font-medium text-slate-600">{t("legend", { number: index + 1 })}</legend>
            <div className="grid gap-3 sm:grid-cols-2">
              <Field id={id("url")} label={t("url")} errors={error("url")}>
                <TextInput id={id("url")} name={evidenceField(index, "url")} type="url" inputMode="url" placeholder="https://" value={row.url}
                  onChange={(e) => set(index, { url: e.target.value })} invalid={!!error("url")} aria-describedby={describedBy(id("url"))} />
              </Field>
              <Field id={id("title")} label={t("sourceTitle")} errors={error("title")}>
                <TextInput id={id("title")} name={evidenceField(index, "title")} maxLength={300} value={row.title}
                  onChange={(e) => set(index, { title: e.target.value })} invalid={!!error("title")} aria-describedby={describedBy(id("title"))} />
              </Field>
              <Field id={id("eventDate")} label={t("eventDate")} errors={error("eventDate")}>
                <TextInput id={id("eventDate")} name={evidenceField(index, "eventDate")} type="date" value={row.eventDate}
                  onChange={(e) => set(index, { eventDate: e.target.value })} invalid={!!error("eventDate")} aria-describedby={describedBy(id("eventDate"))} />
              </Field>
              <Field id={id("grade")} label={t("grade")} errors={error("grade")}>
                <Select id={id("grade")} name={evidenceField(index, "grade")} value={row.grade}
                  onChange={(e) => set(index, { grade: e.target.value })} invalid={!!error("grade")} aria-describedby={describedBy(id("grade"))}>
                  <option value="">{t("chooseGrade")}</option>
                  {evidenceGrades.map((grade) => (
                    <option key={grade} value={grade}>
                      {t(`grades.${grade}`)}
                    </option>
                  ))}
                </Select>
              </Field>
            </div>
            <Button type="button" variant="ghost" className="mt-2 px-2 py-1 text-xs" onClick={() => onChange(rows.filter((_, i) => i !== index))}>
              {t("remove", { number: index + 1 })}
            </Button>
          </fieldset>
        );
      })}
      {rows.length < max && (
        <Button type="button" variant="secondary" className="py-1" onClick={() => onChange([...rows, emptyEvidence()])}>
          {t("add")}
        </Button>
      )}
    </fieldset>
  );
}
