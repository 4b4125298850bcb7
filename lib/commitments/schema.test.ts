import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { filterToSearchParams, parseCommitmentFilter } from "./schema";

describe("commitmentFilterSchema", () => {
  it("gives the defaults for an empty URL", () => {
    expect(parseCommitmentFilter({})).toEqual({
      q: undefined, country: undefined, area: [], status: [], document: [], strength: [], type: [],
      owner: undefined, overdue: false, noEvidence: false, sort: "code", dir: "asc", page: 1, size: 25, hide: [], view: "table",
    });
  });

  it("reads repeated and comma-separated values and keeps only the valid ones", () => {
    const filter = parseCommitmentFilter({
      area: ["health", "security,NOT A SLUG"],
      status: "IN_PROGRESS,BOGUS,COMPLETED",
      country: "KZ",
      size: "50",
      sort: "progress",
      dir: "desc",
      overdue: "1",
    });
    expect(filter.area).toEqual(["health", "security"]);
    expect(filter.status).toEqual(["IN_PROGRESS", "COMPLETED"]);
    expect(filter).toMatchObject({ country: "KZ", size: 50, sort: "progress", dir: "desc", overdue: true });
  });

  it("falls back to defaults on bad values instead of failing", () => {
    const filter = parseCommitmentFilter({ page: "-3", size: "1000", sort: "drop table", dir: "sideways", country: "kz; --", q: "x".repeat(500) });
    expect(filter).toMatchObject({ page: 1, size: 25, sort: "code", dir: "asc", country: undefined, q: undefined });
    expect(parseCommitmentFilter({ q: "合作\u0000" }).q).toBeUndefined();
    expect(parseCommitmentFilter({ q: "a\u001bb" }).q).toBeUndefined();
  });

  it("never throws, whatever the URL holds", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.oneof(fc.string(), fc.array(fc.string()))), (params) => {
        expect(() => parseCommitmentFilter(params)).not.toThrow();
      }),
      { numRuns: 500 },
    );
  });

  it("round-trips through the URL", () => {
    const filter = parseCommitmentFilter({ q: "快捷通道", country: "UZ", area: "health,trade-investment", status: "STALLED", page: "3", size: "10", hide: "owner" });
    const again = parseCommitmentFilter(Object.fromEntries(filterToSearchParams(filter)));
    expect(again).toEqual(filter);
    expect(filterToSearchParams(parseCommitmentFilter({})).toString()).toBe("");
  });
});
