import { describe, expect, it } from "vitest";
import { DatabaseUnavailableError, databaseUnavailableDigest, isDatabaseUnavailable, rethrowUnavailable } from "./unavailable";

const withCode = (code: string, message = "x") => Object.assign(new Error(message), { code });

describe("isDatabaseUnavailable", () => {
  it("recognises Prisma's, PostgreSQL's and the socket's ways of saying the server is gone", () => {
    expect(isDatabaseUnavailable(withCode("P1001", "Can't reach database server at 127.0.0.1:5432"))).toBe(true);
    expect(isDatabaseUnavailable(withCode("P2010", "Raw query failed. Message: `Can't reach database server at h:1`"))).toBe(true);
    expect(isDatabaseUnavailable(withCode("57P01", "terminating connection due to administrator command"))).toBe(true);
    expect(isDatabaseUnavailable(withCode("08006"))).toBe(true);
    expect(isDatabaseUnavailable(new Error("wrapped", { cause: withCode("ECONNREFUSED") }))).toBe(true);
    expect(isDatabaseUnavailable(new Error("CallbackRouteError", { cause: { err: withCode("P1001") } }))).toBe(true);
  });

  it("leaves ordinary failures alone", () => {
    expect(isDatabaseUnavailable(withCode("P2002", "Unique constraint failed"))).toBe(false);
    expect(isDatabaseUnavailable(withCode("23505"))).toBe(false);
    expect(isDatabaseUnavailable(new Error("boom"))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
  });

  it("rethrows with a digest the error page recognises, keeping the cause", () => {
    const cause = withCode("P1001");
    const thrown = (() => { try { rethrowUnavailable(cause); } catch (error) { return error; } })() as DatabaseUnavailableError;
    expect(thrown).toBeInstanceOf(DatabaseUnavailableError);
    expect(thrown.digest).toBe(databaseUnavailableDigest);
    expect(thrown.cause).toBe(cause);
    const other = new Error("boom");
    expect(() => rethrowUnavailable(other)).toThrow(other);
  });
});
