/**
 * Cross-site request check for every state-changing request: the Origin header must name this
 * site. Browsers always send Origin on cross-site POSTs and on same-site fetch/form POSTs; a POST
 * without one did not come from our pages, so it is refused too (Next.js itself lets those through).
 */
export function isAllowedOrigin(method: string, origin: string | null, host: string | null, allowed: string[] = []): boolean {
  if (method === "GET" || method === "HEAD" || method === "OPTIONS") return true;
  if (!origin || !host) return false;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return false;
  }
  return originHost === host || allowed.includes(origin);
}

/** A nonce-based policy: no inline script runs unless Next.js stamped it with this request's nonce. */
export function contentSecurityPolicy(nonce: string, dev: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** Set by the proxy on every request it passes: the page asked for, for the way back after sign-in. */
export const requestPathHeader = "x-followthrough-path";

/** The requested path with its query, minus Next's own cache-busting parameter. */
export function requestedPath(url: URL): string {
  const search = new URLSearchParams(url.search);
  search.delete("_rsc");
  return search.size ? `${url.pathname}?${search}` : url.pathname;
}
