import { describe, expect, it } from "vitest";
import { changeWindow, endOfDay, isDay } from "./as-of";
import { parseExportRequest, parseReportParams, reportToSearchParams, searchParamsToObject } from "./schema";

const now = new Date("2026-11-24T15:00:00Z");

describe("report parameters", () => {
  it("default to today, all documents, countries and areas, and no changes section", () => {
    expect(parseReportParams({}, now)).toEqual({
      params: { documents: [], areas: [], countries: [], asOf: "2026-11-24", since: null, internal: false },
      notices: [],
    });
  });

  it("take repeated and comma-separated lists, keeping only valid values, and round-trip through the URL", () => {
    const search = new URLSearchParams("country=KZ&country=uz,XXX,KG&document=c5-2020&area=health,Bad Slug&asOf=2024-03-31&since=2023-12-31&internal=1");
    const { params, notices } = parseReportParams(searchParamsToObject(search), now);
    expect(notices).toEqual([]);
    expect(params).toEqual({ documents: ["c5-2020"], areas: ["health"], countries: ["KZ", "KG"], asOf: "2024-03-31", since: "2023-12-31", internal: true });
    expect(parseReportParams(searchParamsToObject(reportToSearchParams(params)), now).params).toEqual(params);
  });

  it("replace a bad date and say so, rather than failing", () => {
    expect(parseReportParams({ asOf: "2024-02-30" }, now)).toMatchObject({ params: { asOf: "2026-11-24" }, notices: ["asOfInvalid"] });
    expect(parseReportParams({ asOf: "2027-01-01" }, now)).toMatchObject({ params: { asOf: "2026-11-24" }, notices: ["asOfFuture"] });
    expect(parseReportParams({ asOf: "2024-01-01", since: "2024-01-01" }, now)).toMatchObject({ params: { since: null }, notices: ["sinceNotBefore"] });
    expect(parseReportParams({ since: "yesterday" }, now)).toMatchObject({ params: { since: null }, notices: ["sinceInvalid"] });
  });
});

describe("days", () => {
  it("end at the next UTC midnight, across month and leap-year ends", () => {
    expect(endOfDay("2024-02-28").toISOString()).toBe("2024-02-29T00:00:00.000Z");
    expect(endOfDay("2024-12-31").toISOString()).toBe("2025-01-01T00:00:00.000Z");
    expect(changeWindow("2024-03-31", "2024-06-30")).toEqual({ from: new Date("2024-04-01T00:00:00Z"), to: new Date("2024-07-01T00:00:00Z") });
    expect([isDay("2024-02-29"), isDay("2023-02-29"), isDay("2024-1-01"), isDay("")]).toEqual([true, false, false, false]);
  });
});

describe("export parameters", () => {
  it("read the view's filter and fall back to a CSV of the rows", () => {
    const request = parseExportRequest({ country: "KZ", status: "COMPLETED,NOPE", format: "pdf", set: "everything", internal: "yes" });
    expect(request).toMatchObject({ format: "csv", set: "commitments", internal: false, filter: { country: "KZ", status: ["COMPLETED"] } });
    expect(parseExportRequest({ format: "xlsx", set: "updates", internal: "1" })).toMatchObject({ format: "xlsx", set: "updates", internal: true });
  });
});
