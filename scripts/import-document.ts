// Imports a statement through the same pipeline as /admin/import, with the review decisions written
// down in a review file, and writes the reviewed document as a data file that the seed loads:
//   npx tsx scripts/import-document.ts prisma/data/samples/c5-2023-xian-declaration.review.yaml
// The review file names the raw text, the metadata, and the steps an admin would take (accept with
// titles and translation, merge, split, reject), each on the proposal whose quote starts with `match`.
import fs from "node:fs";
import path from "node:path";
import { parse, stringify } from "yaml";
import { z } from "zod";
import { loadAllSourceDocuments } from "../lib/documents/load-source";
import { analysisOf } from "../lib/importer/draft-analysis";
import { applyItemOp, reviewItems } from "../lib/importer/review";
import { draftStateSchema, itemOpSchema, type DraftState } from "../lib/importer/schema";
import { toSourceDocument, verifyQuotes } from "../lib/importer/to-source";

const stepSchema = z.object({ match: z.string().min(2), op: z.enum(["accept", "reject", "merge", "split"]), splitBefore: z.string().optional() }).passthrough();
const reviewFileSchema = z.object({
  header: z.string(),
  raw: z.string(),
  output: z.string(),
  slug: z.string(),
  meta: z.record(z.string(), z.unknown()),
  source: z.object({ publisher: z.string(), originalPublisher: z.string(), publishedOn: z.string().optional(), note: z.string() }),
  sentenceTranslations: z.record(z.string(), z.string()),
  steps: z.array(stepSchema),
});

function main(file: string) {
  const review = reviewFileSchema.parse(parse(fs.readFileSync(file, "utf8")));
  const here = path.dirname(path.resolve(file));
  const rawPath = path.resolve(here, review.raw);
  const outPath = path.resolve(here, review.output);
  const raw = fs.readFileSync(rawPath, "utf8");
  let state: DraftState = draftStateSchema.parse({ meta: review.meta, sourceName: path.basename(rawPath) });

  for (const step of review.steps) {
    const items = reviewItems(analysisOf(raw, state), state).filter((i) => i.review.status !== "merged");
    const item = items.find((i) => i.quote.startsWith(step.match));
    if (!item) throw new Error(`no proposal starts with "${step.match}"`);
    const splitAt = step.splitBefore ? item.quote.indexOf(step.splitBefore) : undefined;
    const fields = Object.fromEntries(Object.entries(step).filter(([key]) => key !== "match" && key !== "splitBefore"));
    const op = itemOpSchema.parse({ draftId: "script", version: 1, itemId: item.id, ...fields, ...(splitAt !== undefined && { splitAt }) });
    const result = applyItemOp(state, items, op);
    if (!result.ok) throw new Error(`step "${step.op} ${step.match}": ${result.reason}`);
    state = result.state;
  }

  const analysis = analysisOf(raw, state);
  const doc = toSourceDocument(analysis, state, reviewItems(analysis, state), {
    slug: review.slug,
    ...review.source,
    rawFile: path.relative(path.dirname(outPath), rawPath),
    sentenceTranslations: review.sentenceTranslations,
  });
  const problems = verifyQuotes(doc);
  if (problems.length) throw new Error(problems.join("\n"));
  fs.writeFileSync(outPath, `${review.header.trimEnd().split("\n").map((l) => `# ${l}`).join("\n")}\n${stringify(doc, { lineWidth: 0 })}`);
  // The seed's own checks: text verbatim in the raw file, structure, quotes, cues, parties, links.
  loadAllSourceDocuments(path.dirname(outPath));
  console.log(`${path.relative(process.cwd(), outPath)}: ${doc.commitments.length} commitments, ${doc.commitments.flatMap((c) => c.links).length} links`);
  for (const c of doc.commitments) console.log(`  ${c.code} ${c.strength} ${c.area} ${c.links.map((l) => `${l.type}→${l.target}`).join(" ")}`);
}

main(process.argv[2] ?? "prisma/data/samples/c5-2023-xian-declaration.review.yaml");
