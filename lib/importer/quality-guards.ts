// Regression guards: the commitment-sentence recall each benchmark reached when last measured
// (docs/benchmarks.md). scripts/importer-quality.ts and quality.test.ts fail below them.
export const recallGuards: Record<string, number> = {
  "2020 C+C5 statement (zh, raw page)": 1,
  "en-synthetic-ministerial-statement.txt": 1,
};
