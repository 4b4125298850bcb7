/** Sign-in throttling policy, shared by every instance through the sign_in_throttle table. */
export const throttleWindowMs = 10 * 60 * 1000;
export const maxAttemptsPerAccount = 10;
export const maxAttemptsPerAddress = 50;

export const accountKey = (email: string) => `account:${email.trim().toLowerCase()}`;
export const addressKey = (ip: string) => `ip:${ip}`;

/** The client address as the reverse proxy reports it (first hop of X-Forwarded-For). */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || headers.get("x-real-ip")?.trim() || "unknown";
}
