import "server-only";
import { db } from "@/lib/db";

/** The only read that returns a password hash: used by the sign-in check alone. */
export function findUserForSignIn(email: string) {
  return db().user.findUnique({
    where: { email: email.trim().toLowerCase() },
    omit: { passwordHash: false },
  });
}

/** A session with what decides whether it still stands, and its user as the database knows them now. */
export function findSession(id: string) {
  return db().userSession.findUnique({
    where: { id },
    select: {
      id: true,
      createdAt: true,
      lastSeenAt: true,
      endedAt: true,
      user: { select: { id: true, email: true, name: true, role: true, disabledAt: true, sessionsValidAfter: true } },
    },
  });
}
