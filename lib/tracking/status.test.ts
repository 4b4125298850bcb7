import { describe, expect, it } from "vitest";
import { ogpLevelFor, statuses, suggestedComplianceScore, suggestProgress } from "./status";

describe("status scale", () => {
  it("suggests a progress figure per status, keeping the current one for stalled and superseded", () => {
    expect(statuses.map((status) => suggestProgress(status, 55))).toEqual([0, 0, 0, 40, 75, 100, 55, 55]);
  });

  it("maps to the OGP IRM completion levels", () => {
    expect(statuses.map((status) => ogpLevelFor(status, 40))).toEqual([
      null, "noEvidence", "notStarted", "limited", "substantial", "complete", "limited", null,
    ]);
    expect(ogpLevelFor("STALLED", 0)).toBe("notStarted");
    expect(ogpLevelFor("STALLED", 80)).toBe("substantial");
  });

  it("maps to the G7/G20 compliance score", () => {
    expect(statuses.map((status) => suggestedComplianceScore[status])).toEqual([null, null, -1, 0, 0, 1, -1, null]);
  });
});
