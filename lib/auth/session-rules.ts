/** A session ends after this long without a request… */
export const sessionIdleMs = 30 * 60 * 1000;
/** …and this long after sign-in, however active. */
export const sessionAbsoluteMs = 12 * 60 * 60 * 1000;
/** lastSeenAt is written at most this often per session: one small UPDATE a minute, not one per request. */
export const sessionTouchIntervalMs = 60 * 1000;

export type SessionRecord = {
  createdAt: Date;
  lastSeenAt: Date;
  endedAt: Date | null;
  user: { disabledAt: Date | null; sessionsValidAfter: Date };
};

/** Why a session no longer stands; "active" when it does. */
export type SessionState = "active" | "idle" | "expired" | "ended";

export function sessionState(session: SessionRecord | null, now: number): SessionState {
  if (!session || session.endedAt || session.user.disabledAt) return "ended";
  // Role changes and "sign out everywhere" move sessionsValidAfter past every older session.
  if (session.createdAt.getTime() < session.user.sessionsValidAfter.getTime()) return "ended";
  if (now - session.createdAt.getTime() >= sessionAbsoluteMs) return "expired";
  if (now - session.lastSeenAt.getTime() >= sessionIdleMs) return "idle";
  return "active";
}

export function needsTouch(session: SessionRecord, now: number): boolean {
  return now - session.lastSeenAt.getTime() >= sessionTouchIntervalMs;
}
