import { describe, expect, it } from "vitest";
import { createUserSchema } from "@/lib/users/schema";
import { hasRole } from "./roles";
import { safeCallbackPath, signInSchema } from "./schema";
import { clientAddress } from "./throttle";

describe("safeCallbackPath", () => {
  it("keeps same-site paths and drops everything else", () => {
    expect(safeCallbackPath("/commitments?country=KZ")).toBe("/commitments?country=KZ");
    for (const hostile of ["https://evil.example", "//evil.example", "/\\evil.example", "javascript:alert(1)", 42, undefined, "/dashboard\u0000", "/x\r\nSet-Cookie: a=b", "/\u007f"]) {
      expect(safeCallbackPath(hostile)).toBe("/dashboard");
    }
  });
});

describe("signInSchema", () => {
  const valid = { email: "someone@example.org", password: "a-perfectly-fine-passphrase" };
  it("refuses NUL bytes and control characters in the e-mail, and NUL in the password", () => {
    for (const email of ["some\u0000one@example.org", "someone@example.org\u0000", "some\u0007one@example.org", "some\u001bone@example.org", "someone@exa\rmple.org"]) {
      expect(signInSchema.safeParse({ ...valid, email }).success, JSON.stringify(email)).toBe(false);
    }
    expect(signInSchema.safeParse({ ...valid, password: "a-perfectly\u0000fine" }).success).toBe(false);
    expect(signInSchema.safeParse(valid).success).toBe(true);
  });
});

describe("roles", () => {
  it("are ordered viewer < analyst < admin", () => {
    expect(hasRole("ADMIN", "ANALYST")).toBe(true);
    expect(hasRole("ANALYST", "ANALYST")).toBe(true);
    expect(hasRole("VIEWER", "ANALYST")).toBe(false);
    expect(hasRole("ANALYST", "ADMIN")).toBe(false);
  });
});

describe("createUserSchema", () => {
  const valid = { email: " Someone@Example.ORG ", name: "Someone", role: "ANALYST", password: "twelve-chars-ok" };
  it("normalises the e-mail", () => {
    expect(createUserSchema.parse(valid).email).toBe("someone@example.org");
  });
  it("refuses short, overlong and common passwords, and unknown roles", () => {
    const failure = (patch: object) => createUserSchema.safeParse({ ...valid, ...patch }).error?.issues[0]?.message;
    expect(failure({ password: "elevenchars" })).toBe("validation.passwordTooShort");
    expect(failure({ password: "x".repeat(129) })).toBe("validation.passwordTooLong");
    expect(failure({ password: "Password1234" })).toBe("validation.passwordCommon");
    expect(failure({ password: "twelve-chars\u0000ok" })).toBe("validation.passwordControl");
    expect(failure({ password: "twelve\tchars-ok" })).toBe("validation.passwordControl");
    expect(failure({ role: "ROOT" })).toBe("validation.role");
    expect(createUserSchema.safeParse({ ...valid, password: "x".repeat(128) }).success).toBe(true);
  });
});

describe("clientAddress", () => {
  it("takes the first hop of X-Forwarded-For", () => {
    expect(clientAddress(new Headers({ "x-forwarded-for": "203.0.113.5, 10.0.0.1" }))).toBe("203.0.113.5");
    expect(clientAddress(new Headers())).toBe("unknown");
  });
});
