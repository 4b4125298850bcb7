// Recurring obligations (docs/coding-manual.md §9): the frequency words and the year of the first
// expected occurrence (the year after the document, since the meeting itself is the document).
import type { Frequency } from "@/lib/documents/source-schema";

export type RecurrenceMatch = { frequency: Frequency | null; cue: string; note: string | null };

const patterns: { frequency: Frequency | null; pattern: RegExp }[] = [
  { frequency: "biennial", pattern: /每两年|每兩年|every two years|biennial(ly)?|every other year/i },
  { frequency: "semiannual", pattern: /每半年|每年两次|每年兩次|twice a year|every six months|semi-?annual(ly)?/i },
  { frequency: "annual", pattern: /原则上每年举行一次|原則上每年舉行一次|每年|年度|annually|every year|once a year|each year|annual (meeting|session|summit)/i },
  { frequency: null, pattern: /定期|regularly|on a regular basis/i },
];

export function matchRecurrence(text: string): RecurrenceMatch | null {
  for (const { frequency, pattern } of patterns) {
    const found = pattern.exec(text);
    if (!found) continue;
    // The qualifier after the frequency ("亦可视形势需要…") is the note, verbatim.
    const rest = text.slice(found.index).replace(/[。.]$/, "");
    return { frequency, cue: found[0], note: rest.length > found[0].length ? rest : null };
  }
  return null;
}

/** One step after the document: next year, next half-year, or two years on for a biennial meeting. */
export function firstPeriod(frequency: Frequency, documentDate: string): string {
  const year = Number(documentDate.slice(0, 4)) + (frequency === "biennial" ? 2 : 1);
  return frequency === "semiannual" ? `${year}-H1` : String(year);
}
