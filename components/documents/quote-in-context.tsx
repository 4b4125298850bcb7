import Link from "next/link";
import { useTranslations } from "next-intl";
import type { SentenceKind } from "@/lib/documents/data";
import { segmentSentence } from "@/lib/documents/segments";
import type { Status } from "@/lib/tracking/status";
import { highlightTone } from "./highlight-tone";

export type QuoteInContextSentence = {
  key: string;
  kind: SentenceKind;
  startOffset: number;
  endOffset: number;
  text: string;
  translationEn?: string | null;
};

export type QuoteInContextProps = {
  /** The paragraph's sentences, in order (offsets into the document's full text). */
  sentences: QuoteInContextSentence[];
  /** The commitment's quote, as offsets into the same full text. */
  quote: { startOffset: number; endOffset: number };
  /** Text before the first sentence, e.g. the part's heading "三、". */
  lead?: string;
  /** The commitment's English translation, shown under the paragraph. */
  translation?: string | null;
  /** Colours the quote like the statement page does; a neutral tint without it. */
  status?: Status;
  paragraphKey?: string;
  /** Where the paragraph can be read in its document, e.g. `/documents/<slug>#p-3.3`. */
  documentHref?: string;
};

/**
 * A commitment's quote highlighted inside its paragraph: the quoted sentence in full ink, the
 * paragraph's other sentences muted. Works in server and client components.
 */
export function QuoteInContext({ sentences, quote, lead, translation, status, paragraphKey, documentHref }: QuoteInContextProps) {
  const t = useTranslations("documents.quote");
  const tone = status ? highlightTone[status] : "border-brand-600 bg-brand-100";
  const span = { code: "quote", start: quote.startOffset, end: quote.endOffset };
  return (
    <figure className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <figcaption className="mb-2 flex items-baseline justify-between gap-3 text-xs font-medium text-slate-500">
        <span>{paragraphKey ? t("paragraph", { key: paragraphKey }) : t("label")}</span>
        {documentHref && (
          <Link href={documentHref} className="text-brand-700 underline-offset-2 hover:underline">
            {t("inDocument")}
          </Link>
        )}
      </figcaption>
      <blockquote lang="zh-CN" className="text-[1.0625rem] leading-[2.15] tracking-[0.02em]">
        {lead && <span className="mr-0.5 font-semibold text-slate-500">{lead}</span>}
        {sentences.map((sentence) => {
          const segments = segmentSentence({ start: sentence.startOffset, end: sentence.endOffset, text: sentence.text }, [span]);
          const quoted = segments.some((segment) => segment.codes.length > 0);
          return (
            <span key={sentence.key} data-kind={sentence.kind} className={quoted ? "text-slate-900" : "text-slate-500"}>
              {segments.map((segment) =>
                segment.codes.length ? (
                  <mark key={segment.start} className={`rounded-sm border-b-2 box-decoration-clone px-px text-slate-900 ${tone}`}>
                    <span className="sr-only">{t("start")}</span>
                    {segment.text}
                    <span className="sr-only">{t("end")}</span>
                  </mark>
                ) : (
                  segment.text
                ),
              )}
            </span>
          );
        })}
      </blockquote>
      {translation && (
        <p className="mt-3 border-t border-slate-100 pt-3 text-sm leading-6 text-slate-700">
          <span className="mr-1 font-medium text-slate-500">{t("translation")}</span>
          <span lang="en">{translation}</span>
        </p>
      )}
    </figure>
  );
}
