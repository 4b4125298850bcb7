// The benchmark texts and their gold readings: the curated 2020 statement (its raw page and YAML)
// and the hand-labelled samples under prisma/data/samples. Used by the quality script and its test.
import fs from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { z } from "zod";
import { loadSourceDocument } from "@/lib/documents/load-source";
import { sentenceKinds } from "@/lib/documents/source-schema";
import { goldFromDocument, type Gold } from "./quality";

export type Benchmark = { name: string; raw: string; gold: Gold };

const labelsSchema = z.strictObject({
  language: z.string(),
  title: z.strictObject({ zh: z.string(), en: z.string() }),
  date: z.string(),
  parties: z.array(z.string()).min(2),
  paragraphs: z.array(z.string()).min(1),
  sentences: z.array(z.strictObject({ kind: z.enum(sentenceKinds), text: z.string() })),
  commitments: z.array(z.strictObject({ quote: z.string(), area: z.string(), strength: z.string() })),
});

export function loadLabelledSample(textFile: string, labelsFile: string): Benchmark {
  const labels = labelsSchema.parse(parse(fs.readFileSync(labelsFile, "utf8")));
  const commitments = labels.commitments.map((c) => {
    const sentence = labels.sentences.find((s) => s.text.includes(c.quote));
    if (!sentence) throw new Error(`${labelsFile}: quote "${c.quote.slice(0, 30)}…" is in no labelled sentence`);
    const from = sentence.text.indexOf(c.quote);
    return { sentenceText: sentence.text, from, to: from + c.quote.length, area: c.area, strength: c.strength };
  });
  return {
    name: path.basename(textFile),
    raw: fs.readFileSync(textFile, "utf8"),
    gold: { ...labels, titles: [labels.title.zh, labels.title.en], commitments },
  };
}

export function loadBenchmarks(root = process.cwd()): Benchmark[] {
  const curated = loadSourceDocument(path.join(root, "prisma/data/documents/c5-2020-07-16.yaml"));
  const samples = path.join(root, "prisma/data/samples");
  return [
    { name: "2020 C+C5 statement (zh, raw page)", raw: curated.rawText, gold: goldFromDocument(curated.document) },
    loadLabelledSample(path.join(samples, "en-synthetic-ministerial-statement.txt"), path.join(samples, "en-synthetic-ministerial-statement.labels.yaml")),
  ];
}
