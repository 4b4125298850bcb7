// Proposes, for each sentence, its kind and the commitments it holds, each with the rules that
// fired and the words that made them fire.
import type { CommitmentType, Frequency, SentenceKind, Strength } from "@/lib/documents/source-schema";
import { matchArea } from "./area-rules";
import { clauseRole, clauseSpans, enumeratedFields } from "./clauses";
import { findCues, partiesFor, rulesFor, subjectOf, type CueHit } from "./cues";
import { firstPeriod, matchRecurrence } from "./recurrence-rules";
import type { PartyRule, Why } from "./rule-types";

export type Reason = { rule: string; words: string[]; why: Why };
export type ProposedCommitment = {
  id: string;
  quoteStart: number;
  quoteEnd: number;
  quote: string;
  field: string | null;
  cue: string;
  strength: Strength;
  type: CommitmentType;
  committing: string[];
  beneficiaries: string[];
  area: string;
  recurrence: { frequency: Frequency; firstPeriod: string; note: string | null } | null;
  reasons: Reason[];
};
export type SentenceInput = { key: string; start: number; text: string; sectionKey: string };
export type SentenceProposal = { kind: SentenceKind; reasons: Reason[]; commitments: ProposedCommitment[] };
export type ClassifyContext = { language: string; parties: string[]; date: string };

const why = (en: string, zh: string): Why => ({ en, zh });

function commitmentType(text: string, area: string, strength: Strength): CommitmentType {
  if (area === "institutional-mechanisms" || /机制|機制|mechanism/i.test(text)) return "mechanism";
  if (/帮助|幫助|援助|assist|help/i.test(text)) return "assistance";
  if (/通道|便利|简化|簡化|出口|market access|facilitat|lane/i.test(text)) return "facilitation";
  if (/反对|反對|捍卫|捍衛|尊重|oppose|defend|respect/i.test(text) && !/合作|cooperat/i.test(text)) return "position";
  if (strength === "supports" && /进程|進程|倡议|倡議|process|initiative/i.test(text)) return "support";
  return "cooperation";
}

function kindWithoutCue(sentence: SentenceInput, language: string): SentenceProposal {
  const rules = rulesFor(language);
  if (sentence.sectionKey === "title") return { kind: "context", reasons: [{ rule: "title", words: [], why: why("the title line", "标题行") }], commitments: [] };
  const context = rules.context.find((r) => r.pattern.test(sentence.text));
  if (context) return { kind: "context", reasons: [{ rule: context.id, words: [context.pattern.exec(sentence.text)![0]], why: context.why }], commitments: [] };
  return { kind: "position", reasons: [], commitments: [] };
}

export function classifySentence(sentence: SentenceInput, ctx: ClassifyContext): SentenceProposal {
  const { language } = ctx;
  const base = kindWithoutCue(sentence, language);
  const cues = findCues(sentence.text, language);
  if (base.kind === "context" || cues.length === 0) {
    if (base.kind === "position") {
      const frame = rulesFor(language).position.find((r) => r.pattern.test(sentence.text));
      base.reasons = frame
        ? [{ rule: frame.id, words: [frame.pattern.exec(sentence.text)![0]], why: frame.why }]
        : [{ rule: "no-cue", words: [], why: why("no modality cue: a statement of fact or view", "无情态词:事实或看法的陈述") }];
    }
    return base;
  }

  const clauses = clauseSpans(sentence.text, language);
  const withCue = (c: { start: number; end: number }) => cues.find((h) => h.index >= c.start && h.index < c.end);
  const firstCue = clauses.findIndex((c) => withCue(c));
  // Leading clauses without a cue belong to the first undertaking only when they carry its subject
  // (各方尊重…,…相互坚定支持); otherwise they are a purpose or framing clause (着眼于…,各方决定…).
  const opensWithSubject = !!subjectOf(sentence.text.slice(clauses[0].start, clauses[0].end), language);
  const groups: { clauses: { start: number; end: number }[]; cue: CueHit; rule: string; subject: PartyRule | null }[] = [];
  let subject: PartyRule | null = null;
  let governing = cues[0];
  clauses.forEach((clause, i) => {
    const text = sentence.text.slice(clause.start, clause.end);
    subject = subjectOf(text, language) ?? subject;
    const hit = withCue(clause);
    if (i < firstCue) {
      if (opensWithSubject && i === 0) groups.push({ clauses: [clause], cue: cues[0], rule: "split.first", subject });
      return;
    }
    const role = i === firstCue ? "opens-cue" : clauseRole(text, language);
    if (hit && role === "opens-cue") governing = hit;
    if (groups.length === 0 || role !== "continues") {
      if (groups.length === 1 && i === firstCue && groups[0].rule === "split.first") {
        groups[0].clauses.push(clause);
        groups[0].cue = hit ?? governing;
        return;
      }
      groups.push({ clauses: [clause], cue: hit && role === "opens-cue" ? hit : governing, rule: i === firstCue ? "split.first" : `split.${role}`, subject });
    } else groups.at(-1)!.clauses.push(clause);
  });

  const commitments = groups.flatMap((group, gi) => {
    const start = group.clauses[0].start;
    const end = group.clauses.at(-1)!.end;
    const quote = sentence.text.slice(start, end);
    const fields = enumeratedFields(sentence.text.slice(start, group.clauses[0].end), language);
    return (fields.length ? fields : [null]).map((field, fi) => {
      const area = (field && matchArea(field, language)) || matchArea(quote, language) || matchArea(sentence.text, language);
      const areaSlug = area?.slug ?? "political-relations";
      const recurrence = matchRecurrence(quote);
      const strength = group.cue.rule.strength;
      const reasons: Reason[] = [
        { rule: group.cue.rule.id, words: [group.cue.word], why: group.cue.rule.why },
        group.subject
          ? { rule: group.subject.id, words: [], why: group.subject.why }
          : { rule: "party.default", words: [], why: why("no subject named: all parties", "未写明主语:视为各方") },
        area
          ? { rule: `area.${area.slug}`, words: area.words, why: why(`area keywords for ${area.slug}`, `领域关键词(${area.slug})`) }
          : { rule: "area.default", words: [], why: why("no area keyword: review the area", "无领域关键词:请核对领域") },
      ];
      if (gi > 0 || fi > 0) reasons.push(splitReason(group.rule, field));
      if (recurrence) reasons.push({ rule: recurrence.frequency ? `recurrence.${recurrence.frequency}` : "recurrence.unspecified", words: [recurrence.cue], why: why("recurring obligation", "定期义务") });
      return {
        id: proposalId(sentence.text, start, fi),
        quoteStart: sentence.start + start,
        quoteEnd: sentence.start + end,
        quote,
        field,
        cue: group.cue.word,
        strength,
        type: commitmentType(quote, areaSlug, strength),
        ...partiesFor(group.subject?.who ?? null, ctx.parties),
        area: areaSlug,
        recurrence: recurrence?.frequency ? { frequency: recurrence.frequency, firstPeriod: firstPeriod(recurrence.frequency, ctx.date), note: recurrence.note } : null,
        reasons,
      } satisfies ProposedCommitment;
    });
  });
  return { kind: "commitment", reasons: [{ rule: cues[0].rule.id, words: cues.map((c) => c.word), why: cues[0].rule.why }], commitments };
}

/** Stable across edits elsewhere in the text: the sentence's words and the place in it, not offsets in the document. */
export function proposalId(sentenceText: string, start: number, index: number): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < sentenceText.length; i++) hash = Math.imul(hash ^ sentenceText.charCodeAt(i), 0x01000193) >>> 0;
  return `${hash.toString(36)}-${start}-${index}`;
}

function splitReason(rule: string, field: string | null): Reason {
  if (field) return { rule: "split.enumeration", words: [field], why: why("one of several fields listed (…等领域)", "并列的领域之一(…等领域)") };
  if (rule === "split.opens-cue") return { rule, words: [], why: why("a new modal or main verb opens this clause", "该分句以新的情态词或主要动词开头") };
  return { rule, words: [], why: why("a separate undertaking verb opens this clause", "该分句以独立的行动动词开头") };
}
