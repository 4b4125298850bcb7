import "server-only";
import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { auth } from "./auth";
import { rethrowUnavailable } from "@/lib/db/unavailable";
import { findSession } from "./data";
import { requestPathHeader } from "./origin";
import { touchSession } from "./mutations";
import { hasRole, type Role } from "./roles";
import { needsTouch, sessionState, type SessionState } from "./session-rules";

export type CurrentUser = { id: string; email: string; name: string; role: Role };

/**
 * The session of this request, decided by its row in the database: signed out, idle for 30
 * minutes, older than 12 hours, older than the user's last "sign out everywhere" or role change,
 * or belonging to a disabled user all count as no user. The role always comes from the database,
 * never from the cookie. A standing session's lastSeenAt moves forward (at most once a minute).
 */
const currentSession = cache(async (): Promise<{ user: CurrentUser | null; state: SessionState | "none" }> => {
  const token = await auth();
  if (!token?.sid) return { user: null, state: "none" };
  // The first query of every page, action and route: a database that is down surfaces here, as such.
  const session = await findSession(token.sid).catch(rethrowUnavailable);
  const now = Date.now();
  const state = sessionState(session, now);
  if (state !== "active" || !session) return { user: null, state };
  if (needsTouch(session, now)) await touchSession(session.id).catch(rethrowUnavailable);
  const { id, email, name, role } = session.user;
  return { user: { id, email, name, role }, state };
});

export async function getCurrentUser(): Promise<CurrentUser | null> {
  return (await currentSession()).user;
}

/** For pages and layouts: visitors without a standing session go to sign-in (told why), too-weak roles get 403. */
export async function requirePageUser(role: Role = "VIEWER"): Promise<CurrentUser> {
  const { user, state } = await currentSession();
  if (!user) {
    const target = new URLSearchParams();
    if (state === "idle" || state === "expired") target.set("ended", state);
    // The proxy passes the requested path on, so that signing in again leads back to it.
    const path = (await headers()).get(requestPathHeader);
    if (path && path !== "/" && path !== "/dashboard") target.set("callbackUrl", path);
    redirect(target.size ? `/login?${target}` : "/login");
  }
  if (!hasRole(user.role, role)) forbidden();
  return user;
}
