import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { checkCredentials } from "./credentials";
import { endSession, startSession } from "./mutations";
import { sessionAbsoluteMs } from "./session-rules";
import { clientAddress } from "./throttle";

export class ThrottledSignIn extends CredentialsSignin {
  code = "throttled";
}


export const { handlers, auth, signIn, signOut } = NextAuth({
  trustHost: true,
  session: { strategy: "jwt", maxAge: sessionAbsoluteMs / 1000 },
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
        const outcome = await checkCredentials(credentials, request.headers);
        if (outcome.kind === "throttled") throw new ThrottledSignIn();
        if (outcome.kind !== "signed-in") return null;
        const ip = clientAddress(request.headers);
        const sessionId = await startSession(outcome.user.id, ip === "unknown" ? null : ip, request.headers.get("user-agent"));
        return { ...outcome.user, sessionId };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user?.sessionId) token.sid = user.sessionId;
      return token;
    },
    session({ session, token }) {
      session.sid = typeof token.sid === "string" ? token.sid : undefined;
      return session;
    },
  },
  events: {
    async signOut(message) {
      const sid = "token" in message ? message.token?.sid : undefined;
      if (typeof sid === "string") await endSession(sid);
    },
  },
});
