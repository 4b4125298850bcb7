import type { Strength } from "@/lib/documents/source-schema";

/** Why a rule fired, in both interface languages, so the review page can show it as is. */
export type Why = { en: string; zh: string };

/** A modality cue: the words, the strength they code, and the words that look alike but are not cues. */
export type CueRule = { id: string; words: string[]; strength: Strength; not?: RegExp; why: Why };

/** A sentence-level pattern that makes a sentence a position or context rather than a commitment. */
export type KindRule = { id: string; pattern: RegExp; why: Why };

/** Who commits: the words naming a subject and which parties they mean. */
export type PartyRule = { id: string; pattern: RegExp; who: "all" | "china" | "centralAsia" | string; why: Why };

export type LanguageRules = {
  cues: CueRule[];
  /** Checked when no cue fired, or when the cue is only inside a position frame. */
  position: KindRule[];
  context: KindRule[];
  parties: PartyRule[];
  /** Clause boundaries inside a sentence. */
  clauseBreak: RegExp;
  /** Adverbs that may stand before a cue or verb at the start of a clause. */
  lead: RegExp;
  /** Verbs that start a separable undertaking when they open a clause. */
  undertakings: RegExp;
  /** "X、Y、Z等领域合作": fields listed in one clause that are tracked one by one. */
  enumeration: RegExp | null;
};
