// Measures the statement importer against hand-labelled texts (no database needed):
//   npx tsx scripts/importer-quality.ts
// Exits non-zero when commitment-sentence recall falls below the guard of a benchmark.
import { compareWithGold, type QualityReport } from "../lib/importer/quality";
import { loadBenchmarks } from "../lib/importer/samples";
import { recallGuards } from "../lib/importer/quality-guards";

const percent = (a: number, b: number) => (b === 0 ? "n/a" : `${((100 * a) / b).toFixed(1)}%`);

function row(name: string, r: QualityReport) {
  return {
    text: name,
    "recall (sentences)": `${percent(r.matchedCommitmentSentences, r.goldCommitmentSentences)} (${r.matchedCommitmentSentences}/${r.goldCommitmentSentences})`,
    "precision (sentences)": `${percent(r.matchedCommitmentSentences, r.proposedCommitmentSentences)} (${r.matchedCommitmentSentences}/${r.proposedCommitmentSentences})`,
    "commitments matched": `${r.matchedCommitments}/${r.goldCommitments} (proposed ${r.proposedCommitmentsInMatched})`,
    "area accuracy": percent(r.areaCorrect, r.matchedCommitments),
    "strength accuracy": percent(r.strengthCorrect, r.matchedCommitments),
    "debris caught": `${r.debrisCaught}/${r.debrisLines}`,
    "statement lines set aside": r.statementLinesSetAside,
  };
}

let failed = false;
for (const benchmark of loadBenchmarks()) {
  const report = compareWithGold(benchmark.raw, benchmark.gold);
  console.log(`\n${benchmark.name}`);
  console.table(row(benchmark.name, report));
  if (report.missed.length) console.log("  missed commitment sentences:", report.missed);
  if (report.extra.length) console.log("  proposed but not commitments in the gold:", report.extra);
  const guard = recallGuards[benchmark.name] ?? 0.95;
  if (report.recall < guard) {
    console.error(`  recall ${report.recall.toFixed(3)} is below the guard ${guard}`);
    failed = true;
  }
}
process.exitCode = failed ? 1 : 0;
