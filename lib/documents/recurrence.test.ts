import { describe, expect, it } from "vitest";
import { expectedPeriods } from "./recurrence";

const iso = (d: Date) => d.toISOString().slice(0, 10);

describe("expectedPeriods", () => {
  it("gives one period a year from the first, each due at the year's end, up to the current year", () => {
    const periods = expectedPeriods({ frequency: "annual", firstPeriod: "2021" }, new Date("2026-11-24T00:00:00Z"));
    expect(periods.map((p) => p.period)).toEqual(["2021", "2022", "2023", "2024", "2025", "2026"]);
    expect(iso(periods[0].expectedBy)).toBe("2021-12-31");
    expect(iso(periods[5].expectedBy)).toBe("2026-12-31");
  });
  it("handles half-years and two-year steps", () => {
    const half = expectedPeriods({ frequency: "semiannual", firstPeriod: "2025-H2" }, new Date("2026-07-01T00:00:00Z"));
    expect(half.map((p) => [p.period, iso(p.expectedBy)])).toEqual([
      ["2025-H2", "2025-12-31"],
      ["2026-H1", "2026-06-30"],
      ["2026-H2", "2026-12-31"],
    ]);
    const biennial = expectedPeriods({ frequency: "biennial", firstPeriod: "2021" }, new Date("2026-01-01T00:00:00Z"));
    expect(biennial.map((p) => [p.period, iso(p.expectedBy)])).toEqual([
      ["2021", "2022-12-31"],
      ["2023", "2024-12-31"],
      ["2025", "2026-12-31"],
    ]);
  });
  it("gives nothing before the first period starts", () => {
    expect(expectedPeriods({ frequency: "annual", firstPeriod: "2030" }, new Date("2026-01-01T00:00:00Z"))).toEqual([]);
  });
});
