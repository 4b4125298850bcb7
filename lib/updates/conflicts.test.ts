import { describe, expect, it } from "vitest";
import { reappliedVersions, summarizeChange, truncate, type ConflictChange, type TrackingConflict } from "./conflicts";

const templates: Record<string, string> = {
  someone: "Someone",
  change: "{author} saved a change to {country} at {time}: {before} → {after}, {progress}%.",
  changeSameStatus: "{author} saved a change to {country} at {time}: {after}, {progress}%.",
  changeNote: "Note: {note}",
};
const t = (key: string, values: Record<string, string | number> = {}) =>
  templates[key].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name]));

const change: ConflictChange = {
  id: "u1",
  authorName: "Aigerim",
  at: "2026-03-01T14:02:00.000Z",
  statusBefore: "IN_PROGRESS",
  status: "COMPLETED",
  progressBefore: 40,
  progress: 100,
  note: null,
};
const context = { t, statusLabel: (s: string) => s.toLowerCase(), country: "Kazakhstan", formatTime: (iso: string) => iso.slice(11, 16) };

describe("summarizeChange", () => {
  it("says who changed what, where and when", () => {
    expect(summarizeChange(change, context)).toBe("Aigerim saved a change to Kazakhstan at 14:02: in_progress → completed, 100%.");
  });

  it("omits the arrow when the status stayed, names an unknown author, and shortens long notes", () => {
    const text = summarizeChange({ ...change, statusBefore: "COMPLETED", authorName: null, note: `Ratified.\n${"x".repeat(300)}` }, context);
    expect(text).toMatch(/^Someone saved a change to Kazakhstan at 14:02: completed, 100%\. Note: Ratified\. x+…$/);
    expect(text.length).toBeLessThan(220);
  });
});

describe("truncate and reappliedVersions", () => {
  it("flattens whitespace and cuts with an ellipsis", () => {
    expect(truncate(" a \n b ", 10)).toBe("a b");
    expect(truncate("abcdefghijk", 5)).toBe("abcd…");
  });

  it("moves only the conflicting countries to their current version", () => {
    const conflict: TrackingConflict = {
      countryCode: "KZ",
      yourVersion: 3,
      current: { status: "COMPLETED", progress: 100, version: 5, updatedAt: change.at },
      changes: [change],
    };
    expect(reappliedVersions({ KZ: 3, UZ: 1 }, [conflict])).toEqual({ KZ: 5, UZ: 1 });
  });
});
