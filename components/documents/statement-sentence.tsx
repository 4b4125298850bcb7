import type { ReadingCommitment, ReadingSentence } from "@/lib/documents/data";
import { localized } from "@/lib/i18n/localized";
import { segmentSentence } from "@/lib/documents/segments";
import { CommitmentHighlight, type HighlightTarget } from "./commitment-highlight";
import { sentenceKindStyle } from "./highlight-tone";

type Props = { sentence: ReadingSentence; commitments: ReadingCommitment[]; locale: string };

const quotedIn = (sentence: ReadingSentence, commitments: ReadingCommitment[]) =>
  commitments.filter((c) => c.sentenceId === sentence.id || (c.startOffset < sentence.endOffset && c.endOffset > sentence.startOffset));

function targetsOf(codes: string[], commitments: ReadingCommitment[], locale: string): HighlightTarget[] {
  return codes.flatMap((code) => {
    const c = commitments.find((item) => item.code === code);
    return c ? [{ code: c.code, title: localized(locale, c.titleZh, c.titleEn), status: c.status, statusCounts: c.statusCounts }] : [];
  });
}

/** A sentence of the Chinese text, each quoted clause highlighted exactly at its offsets. */
export function ChineseSentence({ sentence, commitments, locale }: Props) {
  const quoted = quotedIn(sentence, commitments);
  const segments = segmentSentence(
    { start: sentence.startOffset, end: sentence.endOffset, text: sentence.text },
    quoted.map((c) => ({ code: c.code, start: c.startOffset, end: c.endOffset })),
  );
  return (
    <span id={`s-${sentence.key}`} data-kind={sentence.kind} className={sentenceKindStyle[sentence.kind]}>
      {segments.map((segment) =>
        segment.codes.length ? (
          <CommitmentHighlight key={segment.start} text={segment.text} targets={targetsOf(segment.codes, quoted, locale)} />
        ) : (
          segment.text
        ),
      )}
    </span>
  );
}

/**
 * A sentence of the English rendering. Quote offsets point into the Chinese text, so a commitment
 * sentence is highlighted as a whole, for every commitment it carries.
 */
export function EnglishSentence({ sentence, commitments, locale }: Props) {
  const text = sentence.translationEn ?? sentence.text;
  const quoted = quotedIn(sentence, commitments);
  return (
    <span data-kind={sentence.kind} lang={sentence.translationEn ? undefined : "zh-CN"} className={sentenceKindStyle[sentence.kind]}>
      {quoted.length ? (
        <CommitmentHighlight text={text} targets={targetsOf(quoted.map((c) => c.code), quoted, locale)} />
      ) : (
        text
      )}
    </span>
  );
}
