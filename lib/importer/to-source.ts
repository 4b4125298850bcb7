// A reviewed draft as a document in the data files' shape (lib/documents/source-schema.ts), so that
// saving it goes through the same writer as the seed, and the import script can write it as YAML.
import type { SourceCommitment, SourceDocument } from "@/lib/documents/source-schema";
import { firstPeriod, matchRecurrence } from "./recurrence-rules";
import type { Analysis } from "./analyse";
import type { ReviewItem } from "./review";
import type { DraftState } from "./schema";

export type SourceOptions = { slug: string; publisher: string; originalPublisher: string; rawFile: string; note?: string; publishedOn?: string; sentenceTranslations?: Record<string, string> };

export function toSourceDocument(analysis: Analysis, state: DraftState, items: ReviewItem[], options: SourceOptions): SourceDocument {
  const { meta } = state;
  const accepted = items.filter((i) => i.review.status === "accepted");
  const byParagraph = new Map<string, ReviewItem[]>();
  for (const item of accepted) byParagraph.set(item.sentence.paragraphKey, [...(byParagraph.get(item.sentence.paragraphKey) ?? []), item]);

  const commitments: SourceCommitment[] = accepted.map((item) => {
    const siblings = byParagraph.get(item.sentence.paragraphKey)!;
    const letter = siblings.length > 1 ? String.fromCharCode(97 + siblings.indexOf(item)) : "";
    const recurrenceNote = item.recurrence ? matchRecurrence(item.quote)?.note ?? undefined : undefined;
    return {
      code: `${meta.codePrefix}-${item.sentence.paragraphKey}${letter}`,
      sentence: item.sentence.key,
      quote: item.quote,
      start: item.quoteStart,
      end: item.quoteEnd,
      translation: item.translation,
      title: { zh: item.titleZh, en: item.titleEn },
      area: item.area,
      type: item.type,
      strength: item.strength,
      cue: item.proposal.cue,
      committing: item.committing,
      beneficiaries: item.beneficiaries,
      recurrence: item.recurrence ? { frequency: item.recurrence, firstPeriod: firstPeriod(item.recurrence, meta.date), ...(recurrenceNote && { note: recurrenceNote }) } : null,
      dueDate: null,
      links: item.review.links,
    };
  });
  const committed = new Set(accepted.map((i) => i.sentence.key));
  return {
    slug: options.slug,
    codePrefix: meta.codePrefix,
    title: { zh: meta.titleZh, en: meta.titleEn },
    date: meta.date,
    type: meta.type,
    format: { zh: meta.formatZh, en: meta.formatEn },
    venue: { zh: meta.venueZh, en: meta.venueEn },
    language: meta.language,
    parties: meta.parties,
    source: {
      publisher: options.publisher,
      originalPublisher: options.originalPublisher,
      url: meta.sourceUrl,
      ...(options.publishedOn && { publishedOn: options.publishedOn }),
      rawFile: options.rawFile,
      ...(options.note && { note: options.note }),
    },
    text: analysis.text,
    sections: analysis.sections.map((s) => ({
      key: s.key, label: s.label, start: s.start, end: s.end,
      paragraphs: s.paragraphs.map((p) => ({
        key: p.key, start: p.start, end: p.end,
        sentences: p.sentences.map((sentence) => {
          const proposed = analysis.sentences.find((a) => a.key === sentence.key)!.proposal.kind;
          return {
            key: sentence.key,
            kind: committed.has(sentence.key) ? "commitment" : proposed === "commitment" ? "position" : proposed,
            start: sentence.start, end: sentence.end, text: sentence.text,
            translation: options.sentenceTranslations?.[sentence.key] ?? "",
          };
        }),
      })),
    })),
    commitments,
    occurrences: [],
  };
}

/** What must hold before anything is written: every quote is the stored text at its offsets, inside its sentence. */
export function verifyQuotes(doc: SourceDocument): string[] {
  const problems: string[] = [];
  const sentences = new Map(doc.sections.flatMap((s) => s.paragraphs.flatMap((p) => p.sentences)).map((s) => [s.key, s]));
  for (const c of doc.commitments) {
    const sentence = sentences.get(c.sentence);
    if (doc.text.slice(c.start, c.end) !== c.quote) problems.push(`${c.code}: quote is not the text at ${c.start}-${c.end}`);
    if (!sentence || c.start < sentence.start || c.end > sentence.end) problems.push(`${c.code}: quote lies outside its sentence`);
  }
  return problems;
}
