import "server-only";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { auth } from "./auth";
import { findSessionUser } from "./data";
import { hasRole, type Role } from "./roles";
import { sessionIsValid } from "./session-rules";

export type CurrentUser = { id: string; email: string; name: string; role: Role };

/**
 * The signed-in user as the database knows them now: a disabled account, or a session issued
 * before the user's sessionsValidAfter (sign out everywhere, role change), counts as signed out.
 * The role always comes from the database, never from the cookie.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await auth();
  if (!session?.uid) return null;
  const user = await findSessionUser(session.uid);
  if (!user || !sessionIsValid(user, session.signedInAt)) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
});

/** For pages and layouts: anonymous visitors go to sign-in, too-weak roles get 403. */
export async function requirePageUser(role: Role = "VIEWER"): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  if (!hasRole(user.role, role)) forbidden();
  return user;
}
