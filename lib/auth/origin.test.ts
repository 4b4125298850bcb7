import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, isAllowedOrigin, requestedPath } from "./origin";

describe("isAllowedOrigin", () => {
  it("lets reads through and same-site writes", () => {
    expect(isAllowedOrigin("GET", null, "app.example")).toBe(true);
    expect(isAllowedOrigin("POST", "https://app.example", "app.example")).toBe(true);
    expect(isAllowedOrigin("POST", "http://127.0.0.1:3000", "127.0.0.1:3000")).toBe(true);
  });
  it("refuses foreign, missing, malformed and look-alike origins on writes", () => {
    expect(isAllowedOrigin("POST", "https://evil.example", "app.example")).toBe(false);
    expect(isAllowedOrigin("POST", null, "app.example")).toBe(false);
    expect(isAllowedOrigin("DELETE", "null", "app.example")).toBe(false);
    expect(isAllowedOrigin("PUT", "https://app.example.evil.example", "app.example")).toBe(false);
    expect(isAllowedOrigin("POST", "https://app.example:8443", "app.example")).toBe(false);
  });
  it("accepts an explicitly configured origin", () => {
    expect(isAllowedOrigin("POST", "https://proxy.example", "app.internal", ["https://proxy.example"])).toBe(true);
  });
});

describe("contentSecurityPolicy", () => {
  it("allows scripts only by nonce and forbids framing", () => {
    const policy = contentSecurityPolicy("abc123", false);
    expect(policy).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(policy).not.toContain("unsafe-eval");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
  });
});

describe("requestedPath", () => {
  it("keeps the page and its filters, drops Next's _rsc parameter", () => {
    expect(requestedPath(new URL("http://a.example/commitments?country=KZ&_rsc=1x2y"))).toBe("/commitments?country=KZ");
    expect(requestedPath(new URL("http://a.example/reports?_rsc=abc"))).toBe("/reports");
    expect(requestedPath(new URL("http://a.example/documents"))).toBe("/documents");
  });
});
