/** A session stands only for an active user, and only if issued after their last "sign out everywhere". */
export function sessionIsValid(user: { disabledAt: Date | null; sessionsValidAfter: Date }, signedInAt: number): boolean {
  return !user.disabledAt && signedInAt >= user.sessionsValidAfter.getTime();
}
