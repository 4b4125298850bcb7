// Finding the rule tables' words in a sentence: cue occurrences (minus look-alikes such as 应对 for
// 应), and the subject that opens a clause.
import { enRules } from "./rules-en";
import { zhRules } from "./rules-zh";
import type { CueRule, LanguageRules, PartyRule } from "./rule-types";

export const rulesFor = (language: string): LanguageRules => (language.startsWith("zh") ? zhRules : enRules);

export type CueHit = { index: number; word: string; rule: CueRule };

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export function findCues(text: string, language: string): CueHit[] {
  const chinese = language.startsWith("zh");
  const hits: CueHit[] = [];
  for (const rule of rulesFor(language).cues) {
    const blocked: [number, number][] = [];
    if (rule.not) {
      const not = new RegExp(rule.not.source, rule.not.flags.includes("g") ? rule.not.flags : `${rule.not.flags}g`);
      for (const m of text.matchAll(not)) blocked.push([m.index, m.index + m[0].length]);
    }
    for (const word of rule.words) {
      const pattern = new RegExp(chinese ? escape(word) : `\\b${escape(word)}\\b`, chinese ? "g" : "gi");
      for (const m of text.matchAll(pattern)) {
        const [from, to] = [m.index, m.index + m[0].length];
        if (blocked.some(([a, b]) => from < b && to > a)) continue;
        hits.push({ index: from, word: m[0], rule });
      }
    }
  }
  // Overlapping hits ("欢迎并支持" and "支持", "认为应" and "应") keep the longest.
  hits.sort((a, b) => a.index - b.index || b.word.length - a.word.length);
  const kept: CueHit[] = [];
  for (const hit of hits) {
    const last = kept.at(-1);
    if (last && hit.index < last.index + last.word.length) continue;
    kept.push(hit);
  }
  return kept;
}

/** The clause without its leading adverbs ("并", "进一步", "and to", "jointly"). */
export function stripLead(clause: string, language: string): string {
  const rules = rulesFor(language);
  return clause.replace(rules.lead, "");
}

export function subjectOf(clause: string, language: string): PartyRule | null {
  const text = clause.trim();
  return rulesFor(language).parties.find((p) => p.pattern.test(text)) ?? null;
}

/** Who commits and who benefits, from the subject's meaning and the document's parties. */
export function partiesFor(who: PartyRule["who"] | null, parties: string[]): { committing: string[]; beneficiaries: string[] } {
  const others = (codes: string[]) => parties.filter((p) => !codes.includes(p));
  if (who === "china" && parties.includes("CN")) return { committing: ["CN"], beneficiaries: others(["CN"]) };
  if (who === "centralAsia" && parties.includes("CN")) return { committing: others(["CN"]), beneficiaries: ["CN"] };
  if (who && /^[A-Z]{2}$/.test(who) && parties.includes(who)) return { committing: [who], beneficiaries: others([who]) };
  return { committing: [...parties], beneficiaries: [...parties] };
}
