import { NextResponse, type NextRequest } from "next/server";

// A cheap first gate: without a session cookie, pages redirect to sign-in. The real check (valid
// session, active user, role) happens on the server in every page, action and route.
const sessionCookies = ["authjs.session-token", "__Secure-authjs.session-token"];

export function proxy(request: NextRequest) {
  const hasSession = sessionCookies.some((name) => request.cookies.has(name));
  if (hasSession) return NextResponse.next();
  const login = new URL("/login", request.url);
  const path = request.nextUrl.pathname + request.nextUrl.search;
  if (path !== "/" && path !== "/dashboard") login.searchParams.set("callbackUrl", path);
  return NextResponse.redirect(login);
}

export const config = {
  matcher: ["/((?!login|api|_next/static|_next/image|favicon.ico|icon.svg).*)"],
};
