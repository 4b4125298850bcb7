import { getTranslations } from "next-intl/server";
import type { DocumentForReading, ReadingParagraph } from "@/lib/documents/data";
import { localized } from "@/lib/i18n/localized";
import type { ReadingView } from "@/lib/documents/schema";
import { ChineseSentence, EnglishSentence } from "./statement-sentence";

type Section = DocumentForReading["sections"][number];
type Shared = { view: ReadingView; locale: string; commitments: DocumentForReading["commitments"] };

type ParagraphProps = Omit<Shared, "view"> & { paragraph: ReadingParagraph; section: Section; language: "zh" | "en"; size?: string };

function ParagraphText({ paragraph, section, language, locale, commitments, size }: ParagraphProps) {
  if (language === "zh") {
    return (
      <p lang="zh-CN" className={size ?? "text-[1.0625rem] leading-[2.15] tracking-[0.02em]"}>
        {paragraph.lead && <span className="mr-0.5 font-semibold text-slate-900">{paragraph.lead}</span>}
        {paragraph.sentences.map((sentence) => (
          <ChineseSentence key={sentence.key} sentence={sentence} commitments={commitments} locale={locale} />
        ))}
      </p>
    );
  }
  return (
    <p lang="en" className={size ?? "text-base leading-8"}>
      {paragraph.lead && <span className="font-semibold text-slate-900">{section.labelEn}. </span>}
      {paragraph.sentences.map((sentence, i) => (
        <span key={sentence.key}>
          {i > 0 && " "}
          <EnglishSentence sentence={sentence} commitments={commitments} locale={locale} />
        </span>
      ))}
    </p>
  );
}

async function StatementSection({ section, view, locale, commitments }: Shared & { section: Section }) {
  const t = await getTranslations("documents");
  const languages: ("zh" | "en")[] = view === "both" ? ["zh", "en"] : [view];
  if (section.key === "title") {
    return (
      <header className="space-y-2 text-center font-semibold">
        {section.paragraphs.map((paragraph) =>
          languages.map((language, i) => (
            <ParagraphText
              key={`${paragraph.key}-${language}`}
              size={i === 0 ? "text-xl leading-relaxed sm:text-2xl" : "text-base leading-relaxed"}
              {...{ paragraph, section, language, locale, commitments }}
            />
          )),
        )}
      </header>
    );
  }
  const label = localized(locale, section.labelZh, section.labelEn);
  return (
    <section aria-labelledby={`section-${section.key}`} className="space-y-5">
      <h3
        id={`section-${section.key}`}
        className="flex items-center gap-3 text-xs font-semibold uppercase tracking-wider text-slate-500 after:h-px after:flex-1 after:bg-slate-200"
      >
        {section.key === "preamble" ? label : t("part", { label })}
      </h3>
      {section.paragraphs.map((paragraph) => (
        <div key={paragraph.key} id={`p-${paragraph.key}`} className="grid scroll-mt-24 gap-x-5 gap-y-1 sm:grid-cols-[2.5rem_minmax(0,1fr)]">
          <span className="pt-1.5 font-mono text-xs text-slate-500 tabular-nums">
            <span className="sr-only">{t("paragraph")} </span>
            {paragraph.key}
          </span>
          <div className={view === "both" ? "grid gap-4 md:grid-cols-2 md:gap-8" : "max-w-3xl"}>
            {languages.map((language) => (
              <ParagraphText key={language} {...{ paragraph, section, language, locale, commitments }} />
            ))}
          </div>
        </div>
      ))}
    </section>
  );
}

/** The statement as published, part by part, in Chinese, English or both side by side. */
export async function StatementText({ document, view, locale }: { document: DocumentForReading; view: ReadingView; locale: string }) {
  const t = await getTranslations("documents");
  return (
    <article aria-labelledby="statement-text" className="rounded-lg border border-slate-200 bg-white px-5 py-8 shadow-sm sm:px-10">
      <h2 id="statement-text" className="sr-only">
        {t("statementText")}
      </h2>
      {view === "both" && (
        <p className="mb-6 hidden grid-cols-2 gap-8 text-xs font-semibold uppercase tracking-wider text-slate-500 md:ml-[3.75rem] md:grid">
          <span>{t("columns.zh")}</span>
          <span>{t("columns.en")}</span>
        </p>
      )}
      <div className="space-y-8">
        {document.sections.map((section) => (
          <StatementSection key={section.key} section={section} view={view} locale={locale} commitments={document.commitments} />
        ))}
      </div>
    </article>
  );
}
