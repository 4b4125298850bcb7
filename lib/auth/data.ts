import "server-only";
import { db } from "@/lib/db";

/** The only read that returns a password hash: used by the sign-in check alone. */
export function findUserForSignIn(email: string) {
  return db().user.findUnique({
    where: { email: email.trim().toLowerCase() },
    omit: { passwordHash: false },
  });
}

export function findSessionUser(id: string) {
  return db().user.findUnique({
    where: { id },
    select: { id: true, email: true, name: true, role: true, disabledAt: true, sessionsValidAfter: true },
  });
}
