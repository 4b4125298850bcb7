import { describe, expect, it } from "vitest";
import { bulkUpdateSchema, occurrenceSchema, setOwnerSchema, statusUpdateSchema } from "./schema";

const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);
const base = { commitmentId: "c1", countries: "KZ", versions: '{"KZ":3}', status: "IN_PROGRESS" };
const evidence = { "evidence.0.url": "https://example.org/a", "evidence.0.title": "Report", "evidence.0.eventDate": isoDay(-3), "evidence.0.grade": "B" };

const messages = (input: object) =>
  statusUpdateSchema.safeParse(input).error?.issues.map((issue) => `${String(issue.path[0] ?? "form")}: ${issue.message}`) ?? [];

describe("statusUpdateSchema", () => {
  it("accepts one country as a string, several as an array, and pairs each with its version", () => {
    expect(statusUpdateSchema.parse(base).countries).toEqual([{ code: "KZ", version: 3 }]);
    const several = statusUpdateSchema.parse({ ...base, countries: ["kz", "UZ", "KZ"], versions: '{"KZ":3,"UZ":1}' });
    expect(several.countries).toEqual([{ code: "KZ", version: 3 }, { code: "UZ", version: 1 }]);
  });

  it("suggests progress and compliance score from the status unless given", () => {
    const suggested = statusUpdateSchema.parse(base);
    expect([suggested.progress, suggested.complianceScore]).toEqual([40, 0]);
    const given = statusUpdateSchema.parse({ ...base, progress: " 55 ", complianceScore: "-1" });
    expect([given.progress, given.complianceScore]).toEqual([55, -1]);
    expect(statusUpdateSchema.parse({ ...base, status: "STALLED" }).progress).toBeNull();
    expect(statusUpdateSchema.parse({ ...base, status: "NOT_ASSESSED" }).complianceScore).toBeNull();
  });

  it("trims notes to null and keeps complete evidence rows", () => {
    const parsed = statusUpdateSchema.parse({ ...base, note: "  ", internalNote: " source: desk call ", ...evidence });
    expect(parsed.note).toBeNull();
    expect(parsed.internalNote).toBe("source: desk call");
    expect(parsed.evidence).toEqual([{ url: "https://example.org/a", title: "Report", eventDate: isoDay(-3), grade: "B" }]);
  });

  it("refuses missing countries, a bad status and out-of-range progress beside their fields", () => {
    expect(messages({ ...base, countries: undefined })).toContain("countries: updates.validation.countryRequired");
    expect(messages({ ...base, status: "DONE" })).toEqual(["status: updates.validation.status"]);
    for (const progress of ["101", "-1", "4.5", "abc"]) expect(messages({ ...base, progress })).toEqual(["progress: updates.validation.progress"]);
    expect(messages({ ...base, note: "x".repeat(4001) })).toEqual(["note: updates.validation.tooLong"]);
  });

  it("refuses a country whose version the form did not carry, and malformed versions", () => {
    expect(messages({ ...base, countries: ["KZ", "UZ"] })).toEqual(["countries: updates.validation.versionMissing"]);
    expect(messages({ ...base, versions: "{not json" })).toEqual(["versions: updates.validation.versions"]);
    expect(messages({ ...base, versions: '{"KZ":"3; DROP"}' })[0]).toMatch(/^versions:/);
    expect(messages({ ...base, versions: '{"KZ":0}' })[0]).toMatch(/^versions:/);
  });

  it("requires a started evidence row to be complete, and checks each of its fields", () => {
    expect(messages({ ...base, "evidence.1.url": "https://example.org/b" })).toEqual([
      "evidence.1.title: updates.validation.evidenceIncomplete",
      "evidence.1.eventDate: updates.validation.evidenceIncomplete",
      "evidence.1.grade: updates.validation.evidenceIncomplete",
    ]);
    for (const url of ["javascript:alert(1)", "ftp://example.org/x", "example.org", "data:text/html,hi"]) {
      expect(messages({ ...base, ...evidence, "evidence.0.url": url })).toEqual(["evidence.0.url: updates.validation.url"]);
    }
    expect(messages({ ...base, ...evidence, "evidence.0.eventDate": isoDay(3) })).toEqual(["evidence.0.eventDate: updates.validation.futureDate"]);
    expect(messages({ ...base, ...evidence, "evidence.0.eventDate": "2024-02-30" })).toEqual(["evidence.0.eventDate: updates.validation.date"]);
    expect(statusUpdateSchema.safeParse({ ...base, ...evidence, "evidence.0.eventDate": isoDay(1) }).success).toBe(true);
    expect(messages({ ...base, ...evidence, "evidence.0.grade": "E" })).toEqual(["evidence.0.grade: updates.validation.grade"]);
    expect(messages({ ...base, ...evidence, "evidence.0.title": "t".repeat(301) })).toEqual(["evidence.0.title: updates.validation.tooLong"]);
  });

  it("rejects keys the form never renders, so they cannot reach the database", () => {
    for (const extra of [{ role: "ADMIN" }, { authorId: "someone" }, { createdAt: "2020-01-01" }, { "version:UZ": "9" }, { "evidence.5.url": "https://x.org" }]) {
      expect(messages({ ...base, ...extra })).toEqual(["form: updates.validation.unexpectedField"]);
    }
  });
});

describe("occurrenceSchema", () => {
  const held = { occurrenceId: "o1", version: "2", status: "HELD", heldOn: isoDay(-30), venue: " Nur-Sultan " };
  it("requires a date for a held occurrence and none for a missed one", () => {
    expect(occurrenceSchema.parse(held)).toMatchObject({ version: 2, heldOn: isoDay(-30), venue: "Nur-Sultan", evidence: [] });
    expect(occurrenceSchema.safeParse({ ...held, heldOn: "" }).error?.issues[0]).toMatchObject({ path: ["heldOn"], message: "updates.validation.heldOnRequired" });
    expect(occurrenceSchema.safeParse({ ...held, status: "MISSED" }).error?.issues[0]?.message).toBe("updates.validation.heldOnMissed");
    expect(occurrenceSchema.safeParse({ ...held, status: "PENDING" }).success).toBe(false);
    expect(occurrenceSchema.safeParse({ ...held, commitmentId: "other" }).success).toBe(false);
  });
});

describe("setOwnerSchema and bulkUpdateSchema", () => {
  it("clear the owner with an empty value or 'none'", () => {
    expect(setOwnerSchema.parse({ trackingId: "t1", version: "4", ownerId: "" })).toEqual({ rows: [{ trackingId: "t1", version: 4 }], ownerId: null });
    const bulk = bulkUpdateSchema.parse({ commitmentIds: ["a", "b"], countries: "KZ", ownerId: "none" });
    expect(bulk).toMatchObject({ commitmentIds: ["a", "b"], countries: ["KZ"], status: undefined, ownerId: null });
  });

  it("refuse a bulk action that changes nothing, or too many rows", () => {
    expect(bulkUpdateSchema.safeParse({ commitmentIds: "a", countries: "KZ" }).error?.issues[0]?.message).toBe("updates.validation.bulkNothing");
    const many = Array.from({ length: 201 }, (_, i) => `c${i}`);
    expect(bulkUpdateSchema.safeParse({ commitmentIds: many, countries: "KZ", status: "COMPLETED" }).error?.issues[0]?.message).toBe("updates.validation.tooMany");
  });
});
