// The whole pipeline on one pasted text: debris set aside → stored text → structure → proposals.
// Pure: the same input always gives the same analysis, so a draft stores only input and edits.
import { classifySentence, type SentenceProposal } from "./classify";
import { findDebris, keptLines, type PageLine } from "./debris";
import { allSentences, buildStructure, type BuiltSection } from "./structure";

export type AnalysisInput = {
  raw: string;
  language: string;
  titles: string[];
  parties: string[];
  date: string;
  restored?: number[];
  joins?: number[];
  breaks?: number[];
};

export type AnalysedSentence = ReturnType<typeof allSentences>[number] & { proposal: SentenceProposal };
export type Analysis = { lines: PageLine[]; text: string; sections: BuiltSection[]; sentences: AnalysedSentence[] };

export function analyse(input: AnalysisInput): Analysis {
  const lines = findDebris(input.raw, input.titles, new Set(input.restored ?? []));
  const text = keptLines(lines).map((line) => line.text).join("\n\n");
  const sections = buildStructure(text, input.language, input.titles, { joins: input.joins ?? [], breaks: input.breaks ?? [] });
  const ctx = { language: input.language, parties: input.parties, date: input.date };
  const sentences = allSentences(sections).map((sentence) => ({
    ...sentence,
    proposal: classifySentence({ key: sentence.key, start: sentence.start, text: sentence.text, sectionKey: sentence.sectionKey }, ctx),
  }));
  return { lines, text, sections, sentences };
}
