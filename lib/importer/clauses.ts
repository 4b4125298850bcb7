// Clauses of a sentence (between commas and semicolons, never inside quotation marks or brackets),
// and which clauses start a separable undertaking (docs/coding-manual.md §4).
import { findCues, rulesFor, stripLead, subjectOf } from "./cues";
import type { Span } from "./sentences";

const pairs: Record<string, string> = { "“": "”", "《": "》", "（": "）", "(": ")", "「": "」" };

/** Clause spans relative to `text`, trimmed, without the sentence's final punctuation. */
export function clauseSpans(text: string, language: string): Span[] {
  const breakChar = rulesFor(language).clauseBreak;
  const spans: Span[] = [];
  const stack: string[] = [];
  let start = 0;
  const push = (end: number) => {
    let [a, b] = [start, end];
    while (a < b && /\s/.test(text[a])) a++;
    while (b > a && /[\s。．.!?！？；;,，]/.test(text[b - 1])) b--;
    if (b > a) spans.push({ start: a, end: b });
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') {
      if (stack.at(-1) === '"') stack.pop();
      else stack.push('"');
    } else if (pairs[ch]) stack.push(pairs[ch]);
    else if (stack.at(-1) === ch) stack.pop();
    else if (stack.length === 0 && breakChar.test(ch)) {
      push(i);
      start = i + 1;
    }
  }
  push(text.length);
  return spans;
}

export type ClauseRole = "opens-cue" | "opens-undertaking" | "continues";

/** A clause opens a new undertaking when it starts (after its subject and adverbs) with a cue or an undertaking verb. */
export function clauseRole(clause: string, language: string): ClauseRole {
  const rules = rulesFor(language);
  const subject = subjectOf(clause, language);
  let rest = stripLead(clause, language);
  if (subject) rest = stripLead(rest.replace(subject.pattern, ""), language);
  const cue = findCues(rest, language)[0];
  if (cue && cue.index === 0) return "opens-cue";
  if (rules.undertakings.test(rest)) return "opens-undertaking";
  return "continues";
}

/** "在疫情防控、疫苗研发、传统医学等领域合作": the fields listed, when there are three or more. */
export function enumeratedFields(clause: string, language: string): string[] {
  const rule = rulesFor(language).enumeration;
  const found = rule?.exec(clause);
  if (!found) return [];
  const items = found[1].split("、");
  const head = /(?:在|加强|深化|开展|拓展|推进|推动|扩大|加強|開展)([^在]+)$/.exec(items[0]);
  items[0] = head ? head[1] : items[0].slice(-4);
  return items.length >= 3 ? items : [];
}
