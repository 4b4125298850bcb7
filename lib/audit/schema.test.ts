import { describe, expect, it } from "vitest";
import { auditFilterSchema } from "./schema";

describe("auditFilterSchema", () => {
  it("keeps valid filters and ignores what it cannot use", () => {
    expect(auditFilterSchema.parse({ actor: " analyst@example.org ", action: "tracking.update", from: "2026-01-01", page: "2" }))
      .toMatchObject({ actor: "analyst@example.org", action: "tracking.update", from: "2026-01-01", page: 2 });
    expect(auditFilterSchema.parse({ entity: "x".repeat(41), from: "2026-13-45", to: "yesterday", page: "-1" }))
      .toMatchObject({ entity: undefined, from: undefined, to: undefined, page: 1 });
  });

  it("ignores a filter holding a NUL byte or another control character", () => {
    expect(auditFilterSchema.parse({ actor: "admin\u0000", entity: "abc\u001b", action: ["tracking\u0007"] }))
      .toMatchObject({ actor: undefined, entity: undefined, action: undefined });
  });
});
