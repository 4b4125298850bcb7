import "next-auth";

declare module "next-auth" {
  interface Session {
    /** The user_session row this cookie stands for. */
    sid?: string;
  }
  interface User {
    sessionId?: string;
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    sid?: string;
  }
}
