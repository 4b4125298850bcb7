// Sentence boundaries inside one paragraph. Chinese ends at 。！？； (and ! ?); English at . ! ?
// followed by a space and a capital, except after abbreviations, initials and inside numbers.
// Nothing ends inside quotation marks or brackets (“快捷通道”, "fast lanes", 《…》).
const openers: Record<string, string> = { "“": "”", "「": "」", "『": "』", "《": "》", "（": "）", "(": ")", "‘": "’" };
const closers = new Set(Object.values(openers).concat(['"']));
const zhEnds = new Set(["。", "！", "？", "；", "!", "?"]);
const enEnds = new Set([".", "!", "?"]);
const abbreviations = new Set(
  "mr mrs ms dr prof st no nos art arts para paras vol p pp e.g i.e etc jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n h.e inc ltd co corp vs cf approx fig sec gen gov sr jr rev hon min amb dept".split(" "),
);

export type Span = { start: number; end: number };

function isAbbreviation(text: string, dot: number): boolean {
  const token = /([A-Za-z][A-Za-z.]*)$/.exec(text.slice(Math.max(0, dot - 12), dot))?.[1] ?? "";
  if (!token) return false;
  if (/^[A-Z]$/.test(token)) return true; // an initial: "K. Tokayev"
  return abbreviations.has(token.toLowerCase());
}

/** Ends (exclusive) of the sentences of `text` from `from` to `to`; the last one always ends at `to`. */
export function sentenceSpans(text: string, from: number, to: number, language: string): Span[] {
  const chinese = language.startsWith("zh");
  const spans: Span[] = [];
  const stack: string[] = [];
  let start = from;
  const close = (end: number) => {
    let s = start;
    while (s < end && /\s/.test(text[s])) s++;
    if (s < end) spans.push({ start: s, end });
    start = end;
  };
  for (let i = from; i < to; i++) {
    const ch = text[i];
    if (ch === '"') {
      if (stack.at(-1) === '"') stack.pop();
      else stack.push('"');
      continue;
    }
    if (openers[ch] && !(ch === "‘" && /\w/.test(text[i - 1] ?? ""))) stack.push(openers[ch]);
    else if (closers.has(ch) && stack.at(-1) === ch) stack.pop();
    const isEnd = chinese ? zhEnds.has(ch) || (enEnds.has(ch) && ch !== ".") : enEnds.has(ch);
    if (!isEnd) continue;
    // A sentence quoted whole ends with its closing mark: 。” counts when it closes the last quote.
    let end = i + 1;
    const pending = [...stack];
    while (end < to && closers.has(text[end]) && pending.at(-1) === text[end]) {
      pending.pop();
      end++;
    }
    if (pending.length > 0) continue;
    if (!chinese) {
      const rest = text.slice(end, to);
      if (rest && !/^\s+["“‘(]?[A-Z0-9\u4e00-\u9fff]/.test(rest)) continue;
      if (ch === "." && isAbbreviation(text, i)) continue;
    }
    stack.length = 0;
    i = end - 1;
    close(end);
  }
  close(to);
  return spans;
}
