// Suggested lineage links: character-bigram Jaccard similarity of the Chinese titles and quotes, and
// word Jaccard of the English titles and translations, computed in memory over the commitments of
// earlier documents (at most a few thousand rows, read by data.ts listLinkCandidates).
import { strengths, type Strength } from "@/lib/documents/source-schema";

export type LinkCandidate = { code: string; titleZh: string; titleEn: string; quote: string; translationEn: string; strength: Strength; recurrence: string | null };
export type LinkSuggestion = { code: string; title: string; score: number; type: "reaffirms" | "upgrades" };
type Comparable = { quote: string; titleZh: string; titleEn: string; translation: string; strength: Strength; recurrence: string | null };

const stopWords = new Set("the and for with its their all other this that are will from into such which parties party side sides china central asian asia countries states".split(" "));

export function hanBigrams(text: string): Set<string> {
  const grams = new Set<string>();
  for (const run of text.match(/[\u3400-\u9fff]+/g) ?? []) {
    for (let i = 0; i + 1 < run.length; i++) grams.add(run.slice(i, i + 2));
  }
  return grams;
}

export function words(text: string): Set<string> {
  return new Set((text.toLowerCase().match(/[a-z]{3,}/g) ?? []).filter((w) => !stopWords.has(w)).map((w) => w.replace(/(ing|ed|es|s)$/, "")));
}

export function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / (a.size + b.size - shared);
}

const upgradeWords = /峰会|峰會|元首|summit|heads? of state/i;

export function suggestLinks(item: Comparable, candidates: LinkCandidate[], limit = 3, threshold = 0.2): LinkSuggestion[] {
  const zh = hanBigrams(`${item.titleZh} ${item.quote}`);
  const en = words(`${item.titleEn} ${item.translation}`);
  return candidates
    .map((c) => {
      const score = Math.max(jaccard(zh, hanBigrams(`${c.titleZh} ${c.quote}`)), jaccard(en, words(`${c.titleEn} ${c.translationEn}`)));
      // Stronger wording, or a meeting raised to summit level, upgrades; the same undertaking again reaffirms.
      const stronger = strengths.indexOf(item.strength) < strengths.indexOf(c.strength);
      const raised = upgradeWords.test(`${item.quote} ${item.titleEn}`) && !upgradeWords.test(`${c.quote} ${c.titleEn}`);
      return { code: c.code, title: c.titleEn, score, type: stronger || raised ? ("upgrades" as const) : ("reaffirms" as const) };
    })
    .filter((s) => s.score >= threshold)
    .sort((a, b) => b.score - a.score)
    .slice(0, limit);
}
