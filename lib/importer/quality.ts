// Compares the importer's proposals with a hand-labelled reading (the gold standard): recall and
// precision of commitment sentences, area and strength accuracy on matched commitments, debris caught.
import type { SentenceKind, SourceDocument } from "@/lib/documents/source-schema";
import { analyse, type Analysis } from "./analyse";

export type Gold = {
  language: string;
  titles: string[];
  parties: string[];
  date: string;
  /** The statement's paragraphs, in order; every other line of the page is debris. */
  paragraphs: string[];
  sentences: { text: string; kind: SentenceKind }[];
  /** `from`/`to`: the quote's offsets inside its sentence. */
  commitments: { sentenceText: string; from: number; to: number; area: string; strength: string }[];
};

export function goldFromDocument(doc: SourceDocument): Gold {
  const sentences = doc.sections.flatMap((s) => s.paragraphs.flatMap((p) => p.sentences));
  const byKey = new Map(sentences.map((s) => [s.key, s]));
  return {
    language: doc.language,
    titles: [doc.title.zh, doc.title.en],
    parties: doc.parties,
    date: doc.date,
    paragraphs: doc.text.split("\n\n"),
    sentences: sentences.map((s) => ({ text: s.text, kind: s.kind })),
    commitments: doc.commitments.map((c) => {
      const s = byKey.get(c.sentence)!;
      return { sentenceText: s.text, from: c.start - s.start, to: c.end - s.start, area: c.area, strength: c.strength };
    }),
  };
}

export type QualityReport = {
  goldCommitmentSentences: number;
  proposedCommitmentSentences: number;
  matchedCommitmentSentences: number;
  recall: number;
  precision: number;
  goldCommitments: number;
  proposedCommitmentsInMatched: number;
  matchedCommitments: number;
  areaCorrect: number;
  strengthCorrect: number;
  debrisLines: number;
  debrisCaught: number;
  statementLinesSetAside: number;
  missed: string[];
  extra: string[];
};

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

/** The page lines that are the statement: each paragraph's last copy before the next paragraph's. */
function statementLines(analysis: Analysis, paragraphs: string[]): Set<number> {
  const found = new Set<number>();
  let before = Infinity;
  for (const paragraph of [...paragraphs].reverse()) {
    const line = analysis.lines.filter((l) => l.index < before && l.text === paragraph).at(-1);
    if (!line) continue;
    found.add(line.index);
    before = line.index;
  }
  return found;
}

export function compareWithGold(raw: string, gold: Gold): QualityReport {
  const analysis = analyse({ raw, language: gold.language, titles: gold.titles, parties: gold.parties, date: gold.date });
  const goldCommit = gold.sentences.filter((s) => s.kind === "commitment");
  const proposed = analysis.sentences.filter((s) => s.proposal.kind === "commitment");
  const byText = new Map(proposed.map((s) => [s.text, s]));
  const matched = goldCommit.filter((s) => byText.has(s.text));
  const goldTexts = new Set(goldCommit.map((s) => s.text));

  let proposedInMatched = 0, goldInMatched = 0, matchedCommitments = 0, areaCorrect = 0, strengthCorrect = 0;
  for (const sentence of matched) {
    const mine = byText.get(sentence.text)!;
    const items = mine.proposal.commitments.map((c) => ({ ...c, from: c.quoteStart - mine.start, to: c.quoteEnd - mine.start, used: false }));
    proposedInMatched += items.length;
    for (const c of gold.commitments.filter((g) => g.sentenceText === sentence.text)) {
      goldInMatched++;
      const overlap = (i: (typeof items)[number]) => Math.max(0, Math.min(c.to, i.to) - Math.max(c.from, i.from));
      // One proposal per gold commitment where possible; a proposal may serve two golds that quote one clause.
      const best = items.filter((i) => overlap(i) > 0).sort((a, b) => Number(a.used) - Number(b.used) || overlap(b) - overlap(a))[0];
      if (!best) continue;
      best.used = true;
      matchedCommitments++;
      if (best.area === c.area) areaCorrect++;
      if (best.strength === c.strength) strengthCorrect++;
    }
  }

  const statement = statementLines(analysis, gold.paragraphs);
  const debris = analysis.lines.filter((l) => !statement.has(l.index));
  return {
    goldCommitmentSentences: goldCommit.length,
    proposedCommitmentSentences: proposed.length,
    matchedCommitmentSentences: matched.length,
    recall: ratio(matched.length, goldCommit.length),
    precision: ratio(matched.length, proposed.length),
    goldCommitments: goldInMatched,
    proposedCommitmentsInMatched: proposedInMatched,
    matchedCommitments,
    areaCorrect,
    strengthCorrect,
    debrisLines: debris.length,
    debrisCaught: debris.filter((l) => l.debris && !l.restored).length,
    statementLinesSetAside: analysis.lines.filter((l) => statement.has(l.index) && l.debris).length,
    missed: goldCommit.filter((s) => !byText.has(s.text)).map((s) => s.text.slice(0, 40)),
    extra: proposed.filter((s) => !goldTexts.has(s.text)).map((s) => s.text.slice(0, 40)),
  };
}
