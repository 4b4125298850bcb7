import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { isDemoMode, isDemoAccount } from "@/lib/demo";
import { findUserForSignIn } from "./data";
import { clearSignInAttempts, releaseSignInAttempt, reserveSignInAttempt } from "./mutations";
import { decoyHash, verifyPassword } from "./password";
import { signInSchema } from "./schema";
import { accountKey, addressKey, clientAddress, maxAttemptsPerAccount, maxAttemptsPerAddress } from "./throttle";

export class ThrottledSignIn extends CredentialsSignin {
  code = "throttled";
}

export const sessionMaxAgeSeconds = 12 * 60 * 60;

export const { handlers, auth, signIn, signOut } = NextAuth({
  trustHost: true,
  session: { strategy: "jwt", maxAge: sessionMaxAgeSeconds },
  pages: { signIn: "/login" },
  logger: {
    // A wrong password is an expected outcome, already answered on the form; an unreadable session
    // cookie (expired secret, tampering) just means signed out: neither is a server error.
    error(error) {
      if (error instanceof CredentialsSignin) return;
      if ("type" in error && error.type === "JWTSessionError") return void console.warn("auth: unreadable session cookie, treated as signed out");
      console.error(error);
    },
  },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials, request) {
        const parsed = signInSchema.safeParse(credentials);
        if (!parsed.success) return null;
        const { email, password } = parsed.data;
        const address = addressKey(clientAddress(request.headers));
        const [accountAttempts, addressAttempts] = await Promise.all([
          reserveSignInAttempt(accountKey(email)),
          reserveSignInAttempt(address),
        ]);
        if (accountAttempts > maxAttemptsPerAccount || addressAttempts > maxAttemptsPerAddress) {
          throw new ThrottledSignIn();
        }
        const user = await findUserForSignIn(email);
        const valid = await verifyPassword(user?.passwordHash ?? (await decoyHash()), password);
        if (!user || !valid || user.disabledAt) return null;
        if (isDemoAccount(user.email) && !isDemoMode()) return null;
        await Promise.all([clearSignInAttempts(accountKey(email)), releaseSignInAttempt(address)]);
        return { id: user.id, email: user.email, name: user.name };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) {
        token.uid = user.id;
        token.signedInAt = Date.now();
      }
      return token;
    },
    session({ session, token }) {
      session.uid = typeof token.uid === "string" ? token.uid : undefined;
      session.signedInAt = typeof token.signedInAt === "number" ? token.signedInAt : 0;
      return session;
    },
  },
});
