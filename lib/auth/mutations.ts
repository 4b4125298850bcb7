import "server-only";
import { db } from "@/lib/db";
import { sessionIdleMs } from "./session-rules";
import { throttleWindowMs } from "./throttle";

const sessionRetentionMs = 30 * 24 * 60 * 60 * 1000;

/**
 * Counts one sign-in attempt against a key and returns the attempts in the current window,
 * atomically (one statement), so that concurrent attempts on several instances cannot all slip
 * under the limit.
 */
export async function reserveSignInAttempt(key: string): Promise<number> {
  const windowSeconds = throttleWindowMs / 1000;
  const rows = await db().$queryRaw<{ attempts: number }[]>`
    INSERT INTO sign_in_throttle (key, attempts, window_start) VALUES (${key}, 1, now())
    ON CONFLICT (key) DO UPDATE SET
      attempts = CASE WHEN sign_in_throttle.window_start < now() - ${windowSeconds}::int * interval '1 second'
                      THEN 1 ELSE sign_in_throttle.attempts + 1 END,
      window_start = CASE WHEN sign_in_throttle.window_start < now() - ${windowSeconds}::int * interval '1 second'
                          THEN now() ELSE sign_in_throttle.window_start END
    RETURNING attempts`;
  return Number(rows[0]?.attempts ?? 0);
}

/** A successful sign-in gives back the attempt it reserved on a shared key (an office's address). */
export async function releaseSignInAttempt(key: string): Promise<void> {
  await db().signInThrottle.updateMany({ where: { key, attempts: { gt: 0 } }, data: { attempts: { decrement: 1 } } });
}

export async function clearSignInAttempts(key: string): Promise<void> {
  await db().signInThrottle.deleteMany({ where: { key } });
}

/** Opens a session row for a successful sign-in; its id is all the session cookie carries. */
export async function startSession(userId: string, ip: string | null, userAgent: string | null): Promise<string> {
  const session = await db().userSession.create({
    data: { userId, ip, userAgent: userAgent?.slice(0, 300) ?? null },
    select: { id: true },
  });
  // Rows past the absolute limit are dead; keep a month of them for inquiries, then drop them here
  // rather than in a scheduled job.
  await db().userSession.deleteMany({ where: { userId, createdAt: { lt: new Date(Date.now() - sessionRetentionMs) } } });
  return session.id;
}

/** Moves a standing session's lastSeenAt to now; an idle or ended session is never revived. */
export async function touchSession(id: string): Promise<void> {
  const now = Date.now();
  await db().userSession.updateMany({
    where: { id, endedAt: null, lastSeenAt: { gt: new Date(now - sessionIdleMs) } },
    data: { lastSeenAt: new Date(now) },
  });
}

export async function endSession(id: string): Promise<void> {
  await db().userSession.updateMany({ where: { id, endedAt: null }, data: { endedAt: new Date() } });
}
