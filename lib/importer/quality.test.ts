// The regression guard: the importer's recall of commitment sentences on the benchmarks must not
// fall below what it reached (lib/importer/quality-guards.ts, docs/benchmarks.md).
import { describe, expect, it } from "vitest";
import { compareWithGold } from "./quality";
import { recallGuards } from "./quality-guards";
import { loadBenchmarks } from "./samples";

describe.each(loadBenchmarks())("importer quality on $name", ({ name, raw, gold }) => {
  const report = compareWithGold(raw, gold);
  it("finds the commitment sentences at least as well as last measured", () => {
    expect(report.recall).toBeGreaterThanOrEqual(recallGuards[name] ?? 0.95);
  });
  it("catches the page debris and sets aside no statement line", () => {
    expect(report.debrisCaught).toBe(report.debrisLines);
    expect(report.statementLinesSetAside).toBe(0);
  });
});
