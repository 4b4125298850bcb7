// Recomputes the start/end offsets of a document file from the texts it quotes, so that editors
// never count characters by hand, then validates the file.
//   npx tsx scripts/data-offsets.ts prisma/data/documents/c5-2020-07-16.yaml          rewrite offsets
//   npx tsx scripts/data-offsets.ts --check prisma/data/documents/c5-2020-07-16.yaml  only report drift
// Sentences are searched in order (each at or after the end of the previous one); a paragraph is the
// line of `text` that holds its sentences; a section spans its paragraphs; a commitment's quote is the
// first occurrence at or after the start of its sentence. Only the numbers change in the file.
import fs from "node:fs";
import { isMap, isScalar, isSeq, parseDocument, type YAMLMap } from "yaml";
import { loadSourceDocument } from "../lib/documents/load-source";

class OffsetError extends Error {}

function items(node: unknown, what: string): YAMLMap[] {
  if (!isSeq(node)) throw new OffsetError(`${what} is not a list`);
  return node.items.map((item, i) => {
    if (!isMap(item)) throw new OffsetError(`${what}[${i}] is not a mapping`);
    return item;
  });
}

function stringField(node: YAMLMap, key: string, what: string): string {
  const value = node.get(key);
  if (typeof value !== "string") throw new OffsetError(`${what}.${key} is missing or not a string`);
  return value;
}

function recomputeOffsets(source: string): { output: string; changes: string[] } {
  const doc = parseDocument(source);
  if (doc.errors.length > 0) throw new OffsetError(`not valid YAML: ${doc.errors[0].message}`);
  if (!isMap(doc.contents)) throw new OffsetError("the file is not a mapping");
  const root = doc.contents;
  const text = stringField(root, "text", "document");
  const changes: string[] = [];
  // Numbers are replaced in place in the source text, so layout, quoting and comments stay byte-identical.
  const edits: { from: number; to: number; value: string }[] = [];
  const set = (node: YAMLMap, what: string, start: number, end: number) => {
    for (const [key, value] of [["start", start], ["end", end]] as const) {
      const scalar = node.get(key, true);
      if (!isScalar(scalar) || !scalar.range) throw new OffsetError(`${what} has no ${key} field (add "${key}: 0")`);
      if (scalar.value !== value) {
        changes.push(`${what}.${key}: ${String(scalar.value)} -> ${value}`);
        edits.push({ from: scalar.range[0], to: scalar.range[1], value: String(value) });
      }
    }
  };

  const sentences = new Map<string, { start: number; end: number }>();
  let cursor = 0;
  items(root.get("sections"), "sections").forEach((section, si) => {
    const spans: { start: number; end: number }[] = [];
    items(section.get("paragraphs"), `sections[${si}].paragraphs`).forEach((paragraph, pi) => {
      const where = `sections[${si}].paragraphs[${pi}]`;
      const found = items(paragraph.get("sentences"), `${where}.sentences`).map((sentence, ti) => {
        const what = `${where}.sentences[${ti}]`;
        const key = stringField(sentence, "key", what);
        const sentenceText = stringField(sentence, "text", what);
        const start = text.indexOf(sentenceText, cursor);
        if (start < 0) throw new OffsetError(`${what} (${key}).text not found in text at or after offset ${cursor}`);
        cursor = start + sentenceText.length;
        set(sentence, `sentence ${key}`, start, cursor);
        sentences.set(key, { start, end: cursor });
        return { start, end: cursor };
      });
      if (found.length === 0) throw new OffsetError(`${where} has no sentences`);
      const start = text.lastIndexOf("\n", found[0].start - 1) + 1;
      const lineEnd = text.indexOf("\n", found[found.length - 1].end);
      const end = lineEnd < 0 ? text.length : lineEnd;
      set(paragraph, `paragraph ${String(paragraph.get("key"))}`, start, end);
      spans.push({ start, end });
    });
    set(section, `section ${String(section.get("key"))}`, spans[0].start, spans[spans.length - 1].end);
  });

  const commitments = root.get("commitments");
  if (commitments !== undefined) {
    items(commitments, "commitments").forEach((commitment, ci) => {
      const what = `commitments[${ci}] (${String(commitment.get("code"))})`;
      const key = stringField(commitment, "sentence", what);
      const sentence = sentences.get(key);
      if (!sentence) throw new OffsetError(`${what}.sentence "${key}" is not a sentence key`);
      const quote = stringField(commitment, "quote", what);
      const start = text.indexOf(quote, sentence.start);
      if (start < 0 || start + quote.length > sentence.end) throw new OffsetError(`${what}.quote not found in sentence ${key}`);
      set(commitment, String(commitment.get("code")), start, start + quote.length);
    });
  }
  let output = source;
  for (const edit of edits.sort((a, b) => b.from - a.from)) {
    output = output.slice(0, edit.from) + edit.value + output.slice(edit.to);
  }
  return { output, changes };
}

function main(args: string[]): number {
  const check = args.includes("--check");
  const files = args.filter((arg) => arg !== "--check");
  if (files.length === 0) {
    console.error("usage: npx tsx scripts/data-offsets.ts [--check] <document.yaml>...");
    return 2;
  }
  let status = 0;
  for (const file of files) {
    try {
      const { output, changes } = recomputeOffsets(fs.readFileSync(file, "utf8"));
      for (const change of changes) console.log(`${file}: ${change}`);
      if (check && changes.length > 0) {
        console.error(`${file}: ${changes.length} offset(s) out of date; run without --check to rewrite them`);
        status = 1;
        continue;
      }
      if (changes.length > 0) fs.writeFileSync(file, output);
      loadSourceDocument(file);
      console.log(`${file}: ${check ? "offsets up to date" : `${changes.length} offset(s) updated`}; the file is valid`);
    } catch (error) {
      console.error(error instanceof OffsetError ? `${file}: ${error.message}` : (error as Error).message);
      status = 1;
    }
  }
  return status;
}

process.exitCode = main(process.argv.slice(2));
