import "server-only";
import { isDemoAccount, isDemoMode } from "@/lib/demo";
import { findUserForSignIn } from "./data";
import { clearSignInAttempts, releaseSignInAttempt, reserveSignInAttempt } from "./mutations";
import { decoyHash, verifyPassword } from "./password";
import { signInSchema } from "./schema";
import { accountKey, addressKey, clientAddress, maxAttemptsPerAccount, maxAttemptsPerAddress } from "./throttle";

export type CredentialsOutcome =
  | { kind: "signed-in"; user: { id: string; email: string; name: string } }
  | { kind: "refused" }
  | { kind: "throttled" };

/**
 * The sign-in check behind Auth.js's credentials provider. Every attempt is counted against the
 * account and the client address before the password is looked at, so that a throttled caller
 * learns nothing about the password; unknown accounts cost the same hashing time as known ones.
 */
export async function checkCredentials(credentials: unknown, headers: Headers): Promise<CredentialsOutcome> {
  const parsed = signInSchema.safeParse(credentials);
  if (!parsed.success) return { kind: "refused" };
  const { email, password } = parsed.data;
  const address = addressKey(clientAddress(headers));
  const [accountAttempts, addressAttempts] = await Promise.all([
    reserveSignInAttempt(accountKey(email)),
    reserveSignInAttempt(address),
  ]);
  if (accountAttempts > maxAttemptsPerAccount || addressAttempts > maxAttemptsPerAddress) return { kind: "throttled" };
  const user = await findUserForSignIn(email);
  const valid = await verifyPassword(user?.passwordHash ?? (await decoyHash()), password);
  if (!user || !valid || user.disabledAt) return { kind: "refused" };
  if (isDemoAccount(user.email) && !isDemoMode()) return { kind: "refused" };
  await Promise.all([clearSignInAttempts(accountKey(email)), releaseSignInAttempt(address)]);
  return { kind: "signed-in", user: { id: user.id, email: user.email, name: user.name } };
}
