import "next-auth";

declare module "next-auth" {
  interface Session {
    uid?: string;
    signedInAt: number;
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    uid?: string;
    signedInAt?: number;
  }
}
