import { z } from "zod";

/** No stored password holds a NUL byte (lib/users/schema.ts refuses it), so none is ever checked. */
export const signInSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(254),
  password: z.string().min(1).max(128).refine((value) => !value.includes("\u0000")),
  callbackUrl: z.string().optional(),
});

/** Only same-site paths are followed after sign-in; anything else goes to the dashboard. */
export function safeCallbackPath(value: unknown): string {
  // Control characters cannot go into a Location header (CR/LF would split it; NUL is refused).
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.includes("\\") || /[\u0000-\u001f\u007f]/.test(value)) {
    return "/dashboard";
  }
  return value;
}
