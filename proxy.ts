import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, isAllowedOrigin, requestedPath, requestPathHeader } from "@/lib/auth/origin";

// The first gate of every request: cross-site writes are refused, each response gets a fresh CSP
// nonce, and visitors without a session cookie are sent to sign-in. The real checks (valid
// session, active user, role) happen on the server in every page, action and route.
const sessionCookies = ["authjs.session-token", "__Secure-authjs.session-token"];
const publicPaths = ["/login", "/api/auth"];
const allowedOrigins = (process.env.ALLOWED_ORIGINS ?? "").split(",").filter(Boolean);

export function proxy(request: NextRequest) {
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (!isAllowedOrigin(request.method, request.headers.get("origin"), host, allowedOrigins)) {
    return new NextResponse("Cross-site request refused.", { status: 403, headers: { "content-type": "text/plain" } });
  }
  const path = request.nextUrl.pathname;
  const isPublic = publicPaths.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));
  if (!isPublic && !path.startsWith("/api/") && !sessionCookies.some((name) => request.cookies.has(name))) {
    const login = new URL("/login", request.url);
    const target = requestedPath(request.nextUrl);
    if (target !== "/" && target !== "/dashboard") login.searchParams.set("callbackUrl", target);
    return NextResponse.redirect(login);
  }
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const policy = contentSecurityPolicy(nonce, process.env.NODE_ENV === "development");
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set(requestPathHeader, requestedPath(request.nextUrl));
  requestHeaders.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("content-security-policy", policy);
  return response;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg).*)"],
};
