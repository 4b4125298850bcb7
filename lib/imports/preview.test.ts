import { describe, expect, it } from "vitest";
import type { ImportTarget } from "./data";
import { classify, wantedState } from "./preview";
import { importRowSchema } from "./schema";

const row = (cells: Record<string, string>) =>
  importRowSchema.parse({ code: "C5-2020-3.3c", country: "KZ", status: "IN_PROGRESS", progress: "40", compliance_score: "0", version: "2", ...cells });

const target = (patch: Partial<ImportTarget> = {}): ImportTarget => ({
  code: "C5-2020-3.3c", country: "KZ", version: 2, commitmentId: "c1", countryKnown: true, trackingId: "t1",
  current: { status: "IN_PROGRESS", progress: 40, complianceScore: 0, version: 2 },
  seen: { status: "IN_PROGRESS", progress: 40, complianceScore: 0 },
  lastBy: "Aigerim", lastAt: new Date("2026-03-01T10:00:00Z"),
  ...patch,
});

describe("wantedState", () => {
  const seen = { status: "IN_PROGRESS" as const, progress: 40, complianceScore: 0 };
  it("keeps the figures of blank cells while the status stays, and suggests them when it changes, as the form does", () => {
    expect(wantedState(row({ progress: "", compliance_score: "" }), seen)).toEqual(seen);
    expect(wantedState(row({ status: "completed", progress: "", compliance_score: "" }), seen)).toEqual({ status: "COMPLETED", progress: 100, complianceScore: 1 });
    expect(wantedState(row({ status: "STALLED", progress: "", compliance_score: "" }), seen)).toEqual({ status: "STALLED", progress: 40, complianceScore: -1 });
    expect(wantedState(row({ progress: "55%", compliance_score: "+1" }), seen)).toEqual({ status: "IN_PROGRESS", progress: 55, complianceScore: 1 });
  });
});

describe("classify", () => {
  it("finds an unchanged row unchanged, and a changed one a new update from the current state", () => {
    expect(classify(2, row({}), target()).preview).toMatchObject({ outcome: "unchanged", issues: [] });
    const { preview, change } = classify(3, row({ status: "SUBSTANTIAL", progress: "75" }), target());
    expect(preview).toMatchObject({ outcome: "update", before: { status: "IN_PROGRESS" }, after: { status: "SUBSTANTIAL", progress: 75 } });
    expect(change).toMatchObject({ trackingId: "t1", version: 2, after: { status: "SUBSTANTIAL", progress: 75, complianceScore: 0 } });
  });

  it("logs a note alone as an update", () => {
    expect(classify(2, row({ note: "Met in Astana." }), target()).change?.note).toBe("Met in Astana.");
  });

  it("refuses unknown codes, countries, untracked pairs and versions from the future", () => {
    expect(classify(2, row({}), target({ commitmentId: null })).preview.issues[0].key).toBe("unknownCode");
    expect(classify(2, row({}), target({ countryKnown: false })).preview.issues[0].key).toBe("unknownCountry");
    expect(classify(2, row({}), target({ trackingId: null, current: null, seen: null })).preview.issues[0].key).toBe("notTracked");
    expect(classify(2, row({ version: "9" }), target()).preview.issues[0]).toEqual({ key: "versionAhead", values: { version: 9, current: 2 } });
  });

  it("on a stale version: a row left as exported is unchanged (the newer state stays), an edited one is refused", () => {
    const moved = target({ current: { status: "COMPLETED", progress: 100, complianceScore: 1, version: 3 } });
    expect(classify(2, row({}), moved).preview).toMatchObject({ outcome: "unchanged", issues: [{ key: "keptNewer", values: { by: "Aigerim", date: "2026-03-01" } }] });
    expect(classify(2, row({ progress: "60" }), moved).preview).toMatchObject({ outcome: "error", issues: [{ key: "stale", values: { version: 2, current: 3 } }] });
  });
});
