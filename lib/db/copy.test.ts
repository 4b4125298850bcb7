import { describe, expect, it } from "vitest";
import { withLiterals } from "./copy";

const template = (strings: string[], ...values: unknown[]) => ({ strings, values });

describe("withLiterals (COPY takes no bound parameters)", () => {
  it("writes strings, numbers, booleans, null and text arrays as SQL literals", () => {
    expect(withLiterals(template(["a = ", " AND b = ", " AND c = ANY(", "::text[]) AND ", " AND ", ""], "x", 3, ["p", "q"], true, null)))
      .toBe("a = 'x' AND b = 3 AND c = ANY(ARRAY['p', 'q']::text[]) AND TRUE AND NULL");
    expect(withLiterals(template(["c = ANY(", "::text[])"], []))).toBe("c = ANY('{}'::text[])");
  });

  it("quotes what a user typed so that it stays one value", () => {
    expect(withLiterals(template(["q = ", ""], "x'); DROP TABLE t; --"))).toBe("q = 'x''); DROP TABLE t; --'");
    // A backslash makes it an escape string (E'…') with the backslash doubled.
    expect(withLiterals(template(["q = ", ""], "a\\' OR 1=1"))).toBe("q =  E'a\\\\'' OR 1=1'");
  });

  it("refuses values it cannot write safely", () => {
    expect(() => withLiterals(template(["x = ", ""], { a: 1 }))).toThrow(TypeError);
    expect(() => withLiterals(template(["x = ", ""], Number.NaN))).toThrow(TypeError);
    expect(() => withLiterals(template(["x = ", ""], new Date()))).toThrow(TypeError);
  });
});
