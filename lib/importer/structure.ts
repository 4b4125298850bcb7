// Sections, paragraphs and sentences of the stored text, as offset ranges (the same shape and keys
// as the data files: docs/coding-manual.md §2). The admin's fixes are offsets into the stored text:
// `joins` removes a sentence end (merge with the next), `breaks` adds one (split at a character).
import { sentenceSpans, type Span } from "./sentences";

export type StructureEdits = { joins: number[]; breaks: number[] };
export type BuiltSentence = Span & { key: string; text: string };
export type BuiltParagraph = Span & { key: string; sentences: BuiltSentence[] };
export type BuiltSection = Span & { key: string; label: { zh: string; en: string }; marker: string; paragraphs: BuiltParagraph[] };

const zhNumerals = "一二三四五六七八九十";
const romans = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX"];

function zhNumber(text: string): number {
  if (text === "十") return 10;
  if (text.startsWith("十")) return 10 + zhNumerals.indexOf(text[1]) + 1;
  if (text.length === 1) return zhNumerals.indexOf(text) + 1;
  const tens = zhNumerals.indexOf(text[0]) + 1;
  return tens * 10 + (text[2] ? zhNumerals.indexOf(text[2]) + 1 : 0);
}

/** The numbered heading a paragraph starts with: 一、 / 1. / I. (and the label it gives its section). */
export function sectionHeading(paragraph: string): { marker: string; number: number; label: { zh: string; en: string } } | null {
  const zh = /^([一二三四五六七八九十]{1,3})、/.exec(paragraph);
  if (zh) {
    const number = zhNumber(zh[1]);
    return { marker: zh[0], number, label: { zh: zh[1], en: romans[number - 1] ?? String(number) } };
  }
  const arabic = /^(\d{1,2})[.．、]\s*(?=\S)(?!\d)/.exec(paragraph);
  if (arabic) return { marker: arabic[0], number: Number(arabic[1]), label: { zh: arabic[1], en: arabic[1] } };
  const roman = /^([IVX]{1,5})\.\s+/.exec(paragraph);
  if (roman && romans.includes(roman[1])) {
    return { marker: roman[0], number: romans.indexOf(roman[1]) + 1, label: { zh: roman[1], en: roman[1] } };
  }
  return null;
}

function applyEdits(text: string, spans: Span[], edits: StructureEdits): Span[] {
  const joins = new Set(edits.joins);
  const merged: Span[] = [];
  for (const span of spans) {
    const last = merged.at(-1);
    if (last && joins.has(last.end)) last.end = span.end;
    else merged.push({ ...span });
  }
  const out: Span[] = [];
  for (const span of merged) {
    const cuts = edits.breaks.filter((b) => b > span.start && b < span.end).sort((a, b) => a - b);
    let start = span.start;
    for (const cut of [...cuts, span.end]) {
      let [from, to] = [start, cut];
      while (from < to && /\s/.test(text[from])) from++;
      while (to > from && /\s/.test(text[to - 1])) to--;
      if (to > from) out.push({ start: from, end: to });
      start = cut;
    }
  }
  return out;
}

/**
 * `text` is the statement: paragraphs separated by one blank line. The first paragraph is the title
 * when it equals one of `titles`; paragraphs before the first numbered heading form the preamble.
 */
export function buildStructure(text: string, language: string, titles: string[], edits: StructureEdits = { joins: [], breaks: [] }): BuiltSection[] {
  const paragraphs: Span[] = [];
  let offset = 0;
  for (const part of text.split("\n\n")) {
    paragraphs.push({ start: offset, end: offset + part.length });
    offset += part.length + 2;
  }
  const sections: BuiltSection[] = [];
  const trimmed = titles.map((t) => t.replace(/\s+/g, "")).filter(Boolean);
  paragraphs.forEach((p, i) => {
    const body = text.slice(p.start, p.end);
    const heading = sectionHeading(body);
    if (i === 0 && trimmed.includes(body.replace(/\s+/g, ""))) {
      sections.push({ key: "title", label: { zh: "标题", en: "Title" }, marker: "", start: p.start, end: p.end, paragraphs: [] });
    } else if (heading) {
      const key = String(sections.filter((s) => /^\d+$/.test(s.key)).length + 1);
      sections.push({ key, label: heading.label, marker: heading.marker, start: p.start, end: p.end, paragraphs: [] });
    } else if (!sections.length || sections.at(-1)!.key === "title") {
      sections.push({ key: "preamble", label: { zh: "序言", en: "Preamble" }, marker: "", start: p.start, end: p.end, paragraphs: [] });
    }
    const section = sections.at(-1)!;
    section.end = p.end;
    const number = /^\d+$/.test(section.key) ? section.key : "0";
    const key = section.key === "title" ? "0.0" : `${number}.${section.paragraphs.length + 1}`;
    const from = section.paragraphs.length === 0 && section.marker ? p.start + section.marker.length : p.start;
    const spans = applyEdits(text, sentenceSpans(text, from, p.end, language), edits);
    section.paragraphs.push({
      key,
      start: p.start,
      end: p.end,
      sentences: spans.map((s, si) => ({ ...s, key: `${key}.${si + 1}`, text: text.slice(s.start, s.end) })),
    });
  });
  return sections;
}

export const allSentences = (sections: BuiltSection[]) =>
  sections.flatMap((s) => s.paragraphs.flatMap((p) => p.sentences.map((sentence) => ({ ...sentence, sectionKey: s.key, paragraphKey: p.key }))));
