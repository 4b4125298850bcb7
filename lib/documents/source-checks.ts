// Consistency of a document's stored text with its sections, paragraphs and sentences.
// The rules are explained for editors in docs/coding-manual.md ("Structure of a document file").
import { SourceDataError, entryName } from "./source-error";
import type { SourceDocument, SourceSection } from "./source-schema";

/** Where each sentence sits in the YAML, for messages and for lookups by key. */
export interface SentenceLocation {
  entry: string;
  sectionKey: string;
  paragraphKey: string;
  start: number;
  end: number;
  kind: SourceDocument["sections"][number]["paragraphs"][number]["sentences"][number]["kind"];
}

const SENTENCE_END = "。";

/** The heading a numbered section starts with ("三、"); it is not part of any sentence. */
export function sectionMarker(section: SourceSection): string {
  return /^\d+$/.test(section.key) ? `${section.label.zh}、` : "";
}

function sectionNumber(section: SourceSection): string {
  return /^\d+$/.test(section.key) ? section.key : "0";
}

function snippet(text: string): string {
  return text.length > 24 ? `${text.slice(0, 24)}…` : text;
}

/**
 * `text` is the statement alone: paragraphs separated by exactly one blank line, no indentation,
 * and every paragraph copied verbatim from the raw page (so nothing was retyped or normalised).
 */
export function checkText(file: string, doc: SourceDocument, rawText: string): void {
  const fail = (detail: string) => new SourceDataError(file, "document", "text", detail);
  if (/[\r\t]/.test(doc.text)) throw fail("contains a carriage return or a tab");
  doc.text.split("\n\n").forEach((paragraph, i) => {
    if (paragraph.includes("\n")) throw fail(`paragraph ${i + 1} is not separated by exactly one blank line`);
    if (paragraph !== paragraph.trim()) throw fail(`paragraph ${i + 1} has leading or trailing whitespace`);
    if (paragraph === "") throw fail(`paragraph ${i + 1} is empty (more than one blank line?)`);
    if (!rawText.includes(paragraph)) {
      throw fail(`paragraph ${i + 1} ("${snippet(paragraph)}") does not occur verbatim in the raw file`);
    }
  });
}

function checkSpan(file: string, entry: string, start: number, end: number, within: [number, number]): void {
  if (end <= start) throw new SourceDataError(file, entry, "end", `must be greater than start (${start})`);
  if (start < within[0] || end > within[1]) {
    throw new SourceDataError(file, entry, "start", `${start}-${end} lies outside its container ${within[0]}-${within[1]}`);
  }
}

/** Sections come as an optional title, an optional preamble, then 1, 2, 3… */
function expectedSectionKeys(keys: string[]): string[] {
  const expected: string[] = [];
  if (keys[0] === "title") expected.push("title");
  if (keys[expected.length] === "preamble") expected.push("preamble");
  const head = expected.length;
  for (let i = head; i < keys.length; i++) expected.push(String(i - head + 1));
  return expected;
}

/**
 * Sections, paragraphs and sentences tile the text: in order, without overlap, every paragraph a
 * whole line of `text`, every non-whitespace character covered by exactly one sentence, except
 * the "一、" heading of a numbered section. Returns the sentences by key.
 */
export function checkStructure(file: string, doc: SourceDocument): Map<string, SentenceLocation> {
  const { text } = doc;
  const sentences = new Map<string, SentenceLocation>();
  const covered = new Uint8Array(text.length);
  let sectionCursor = 0;
  const expectedKeys = expectedSectionKeys(doc.sections.map((s) => s.key));

  doc.sections.forEach((section, si) => {
    const sectionEntry = entryName("sections", si, section.key);
    if (section.key !== expectedKeys[si]) {
      throw new SourceDataError(file, sectionEntry, "key", `expected "${expectedKeys[si]}" here (title, preamble, then 1, 2, 3…)`);
    }
    checkSpan(file, sectionEntry, section.start, section.end, [sectionCursor, text.length]);
    const marker = sectionMarker(section);
    if (marker && !text.startsWith(marker, section.start)) {
      throw new SourceDataError(file, sectionEntry, "start", `text at ${section.start} does not begin with the heading "${marker}"`);
    }
    covered.fill(1, section.start, section.start + marker.length);
    sectionCursor = section.end;

    let paragraphCursor = section.start;
    section.paragraphs.forEach((paragraph, pi) => {
      const paragraphPath = `sections[${si}].paragraphs[${pi}]`;
      const paragraphEntry = `sections[${si}].${entryName("paragraphs", pi, paragraph.key)}`;
      const expected = `${sectionNumber(section)}.${section.key === "title" ? 0 : pi + 1}`;
      if (paragraph.key !== expected) throw new SourceDataError(file, paragraphEntry, "key", `expected "${expected}"`);
      checkSpan(file, paragraphEntry, paragraph.start, paragraph.end, [paragraphCursor, section.end]);
      const atLineStart = paragraph.start === 0 || text.slice(paragraph.start - 2, paragraph.start) === "\n\n";
      const atLineEnd = paragraph.end === text.length || text.slice(paragraph.end, paragraph.end + 2) === "\n\n";
      if (!atLineStart || !atLineEnd || text.slice(paragraph.start, paragraph.end).includes("\n")) {
        throw new SourceDataError(file, paragraphEntry, "start", `${paragraph.start}-${paragraph.end} is not exactly one paragraph of the text`);
      }
      if (pi === 0 && paragraph.start !== section.start) {
        throw new SourceDataError(file, sectionEntry, "start", `must equal the start of its first paragraph (${paragraph.start})`);
      }
      if (pi === section.paragraphs.length - 1 && paragraph.end !== section.end) {
        throw new SourceDataError(file, sectionEntry, "end", `must equal the end of its last paragraph (${paragraph.end})`);
      }
      paragraphCursor = paragraph.end;

      let sentenceCursor = paragraph.start;
      paragraph.sentences.forEach((sentence, ti) => {
        const entry = `${paragraphPath}.${entryName("sentences", ti, sentence.key)}`;
        const expectedKey = `${paragraph.key}.${ti + 1}`;
        if (sentence.key !== expectedKey) throw new SourceDataError(file, entry, "key", `expected "${expectedKey}"`);
        if (sentences.has(sentence.key)) throw new SourceDataError(file, entry, "key", "is used twice");
        checkSpan(file, entry, sentence.start, sentence.end, [sentenceCursor, paragraph.end]);
        const actual = text.slice(sentence.start, sentence.end);
        if (actual !== sentence.text) {
          throw new SourceDataError(file, entry, "text", `does not match the text at ${sentence.start}-${sentence.end} ("${snippet(actual)}")`);
        }
        const inner = sentence.text.slice(0, -1);
        if (inner.includes(SENTENCE_END)) {
          throw new SourceDataError(file, entry, "text", `holds more than one sentence (a "${SENTENCE_END}" before its end)`);
        }
        const last = ti === paragraph.sentences.length - 1;
        if (!last && !sentence.text.endsWith(SENTENCE_END)) {
          throw new SourceDataError(file, entry, "text", `must end with "${SENTENCE_END}" (only a paragraph's last sentence may end otherwise)`);
        }
        sentenceCursor = sentence.end;
        covered.fill(1, sentence.start, sentence.end);
        sentences.set(sentence.key, { entry, sectionKey: section.key, paragraphKey: paragraph.key, start: sentence.start, end: sentence.end, kind: sentence.kind });
      });
    });
  });

  for (let i = 0; i < text.length; i++) {
    if (!covered[i] && /\S/.test(text[i])) {
      throw new SourceDataError(file, "document", "sections", `text at ${i} ("${snippet(text.slice(i))}") is not covered by any sentence`);
    }
  }
  return sentences;
}
