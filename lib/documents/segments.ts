import { statuses, type Status } from "@/lib/tracking/status";

/** A stretch of stored text, as offsets into the document's full text (end exclusive). */
export type TextRange = { start: number; end: number };
/** A commitment's quote, as offsets into the document's full text. */
export type CodedSpan = TextRange & { code: string };
/** A piece of a sentence: plain when `codes` is empty, else highlighted for those commitments. */
export type TextSegment = TextRange & { text: string; codes: string[] };

/**
 * Cuts a sentence into the ordered pieces of plain and quoted text, exact to the character: the
 * pieces' texts concatenate to the sentence's text. Quotes may be identical (several commitments
 * quoting one clause), overlap or stick out of the sentence; each piece lists every commitment
 * whose quote covers it, in the order the spans were given.
 */
export function segmentSentence(sentence: TextRange & { text: string }, spans: CodedSpan[]): TextSegment[] {
  const inside = spans
    .map((span) => ({ ...span, start: Math.max(span.start, sentence.start), end: Math.min(span.end, sentence.end) }))
    .filter((span) => span.start < span.end);
  const cuts = [...new Set([sentence.start, sentence.end, ...inside.flatMap((span) => [span.start, span.end])])].sort(
    (a, b) => a - b,
  );
  const segments: TextSegment[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [start, end] = [cuts[i], cuts[i + 1]];
    const codes = [...new Set(inside.filter((span) => span.start <= start && span.end >= end).map((span) => span.code))];
    const text = sentence.text.slice(start - sentence.start, end - sentence.start);
    const previous = segments.at(-1);
    if (previous && previous.codes.join("\n") === codes.join("\n")) {
      previous.end = end;
      previous.text += text;
    } else {
      segments.push({ start, end, text, codes });
    }
  }
  return segments;
}

/**
 * The one status that colours a commitment (or a clause shared by several): the most common one
 * over its tracking rows, ties going to the status listed first on the scale.
 */
export function representativeStatus(counts: Partial<Record<Status, number>>): Status {
  let best: Status = "NOT_ASSESSED";
  let bestCount = 0;
  for (const status of statuses) {
    const count = counts[status] ?? 0;
    if (count > bestCount) [best, bestCount] = [status, count];
  }
  return best;
}

/** Adds up several status summaries (e.g. of the commitments sharing one clause). */
export function mergeStatusCounts(summaries: Partial<Record<Status, number>>[]): Partial<Record<Status, number>> {
  const total: Partial<Record<Status, number>> = {};
  for (const counts of summaries) {
    for (const status of statuses) if (counts[status]) total[status] = (total[status] ?? 0) + counts[status];
  }
  return total;
}
