import { describe, expect, it } from "vitest";
import { needsTouch, sessionAbsoluteMs, sessionIdleMs, sessionState, type SessionRecord } from "./session-rules";

const t0 = Date.parse("2026-11-24T08:00:00Z");
const record = (overrides: Partial<SessionRecord> = {}, user: Partial<SessionRecord["user"]> = {}): SessionRecord => ({
  createdAt: new Date(t0),
  lastSeenAt: new Date(t0),
  endedAt: null,
  ...overrides,
  user: { disabledAt: null, sessionsValidAfter: new Date(t0 - 1000), ...user },
});

describe("sessionState", () => {
  it("keeps a session alive while it is used, up to the absolute limit", () => {
    expect(sessionState(record(), t0 + sessionIdleMs - 1)).toBe("active");
    const busy = record({ lastSeenAt: new Date(t0 + sessionAbsoluteMs - 60_000) });
    expect(sessionState(busy, t0 + sessionAbsoluteMs - 1)).toBe("active");
    expect(sessionState(busy, t0 + sessionAbsoluteMs)).toBe("expired");
  });

  it("ends a session left alone for 30 minutes", () => {
    expect(sessionState(record(), t0 + sessionIdleMs)).toBe("idle");
  });

  it("ends signed-out, disabled, and older-than-sign-out-everywhere sessions", () => {
    expect(sessionState(null, t0)).toBe("ended");
    expect(sessionState(record({ endedAt: new Date(t0) }), t0)).toBe("ended");
    expect(sessionState(record({}, { disabledAt: new Date(t0) }), t0)).toBe("ended");
    expect(sessionState(record({}, { sessionsValidAfter: new Date(t0 + 1) }), t0 + 2)).toBe("ended");
  });

  it("writes lastSeenAt at most once a minute", () => {
    expect(needsTouch(record(), t0 + 59_999)).toBe(false);
    expect(needsTouch(record(), t0 + 60_000)).toBe(true);
  });
});
