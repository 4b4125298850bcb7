import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { checkCredentials } from "./credentials";

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
        const outcome = await checkCredentials(credentials, request.headers);
        if (outcome.kind === "throttled") throw new ThrottledSignIn();
        return outcome.kind === "signed-in" ? outcome.user : null;
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
