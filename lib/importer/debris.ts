// Sets aside the lines of a pasted page that are not the statement, each with its reason.
import { afterEndWhy, debrisRules, duplicateTitleWhy, headlineWhy } from "./debris-rules";
import type { Why } from "./rule-types";

export type PageLine = {
  index: number;
  /** Offsets of the trimmed line in the received text. */
  start: number;
  end: number;
  text: string;
  debris: { rule: string; why: Why } | null;
  /** Set aside by a rule, then restored by the admin: it is part of the statement. */
  restored: boolean;
};

const tailRules = new Set(["disclaimer", "credit", "comments", "copyright", "share", "related"]);
const compact = (text: string) => text.replace(/\s+/g, "");
const isStatementLine = (text: string) => [...text].length >= 20 && /[。！？.!?:：;；]$/.test(text);

function splitLines(raw: string): Omit<PageLine, "debris" | "restored">[] {
  const lines: Omit<PageLine, "debris" | "restored">[] = [];
  let offset = 0;
  raw.split("\n").forEach((line) => {
    const text = line.trim();
    if (text) {
      const start = offset + line.indexOf(text);
      lines.push({ index: lines.length, start, end: start + text.length, text });
    }
    offset += line.length + 1;
  });
  return lines;
}

/**
 * Rules per line (debris-rules.ts), then the page's layout: what stands before the statement's
 * title (headlines of other articles, an earlier copy of the title) and what follows the first
 * footer line (credit, disclaimer, comment form) is set aside too.
 */
export function findDebris(raw: string, titles: string[], restored: ReadonlySet<number> = new Set()): PageLine[] {
  const lines = splitLines(raw).map((line) => {
    const rule = debrisRules.find((r) => r.test(line.text));
    return { ...line, debris: rule ? { rule: rule.id, why: rule.why } : null, restored: false };
  });
  const firstBody = lines.findIndex((l) => !l.debris && isStatementLine(l.text));
  if (firstBody >= 0) {
    const wanted = new Set(titles.map(compact).filter(Boolean));
    const before = lines.slice(0, firstBody).filter((l) => !l.debris);
    const titled = before.filter((l) => wanted.has(compact(l.text)));
    const title = titled.at(-1) ?? (before.at(-1) && !isStatementLine(before.at(-1)!.text) ? before.at(-1) : undefined);
    for (const line of before) {
      if (line === title || !title || line.index > title.index) continue;
      line.debris = wanted.has(compact(line.text))
        ? { rule: "duplicateTitle", why: duplicateTitleWhy }
        : { rule: "headline", why: headlineWhy };
    }
    const tail = lines.findIndex((l, i) => i > firstBody && l.debris && tailRules.has(l.debris.rule));
    if (tail >= 0) {
      for (const line of lines.slice(tail + 1)) line.debris ??= { rule: "afterEnd", why: afterEndWhy };
    }
  }
  for (const line of lines) line.restored = !!line.debris && restored.has(line.index);
  return lines;
}

/** The statement's paragraphs: the kept lines, in order. */
export const keptLines = (lines: PageLine[]) => lines.filter((l) => !l.debris || l.restored);
