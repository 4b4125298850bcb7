// Runs once when a server instance starts (not during the build).
export function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NODE_ENV === "production" && !process.env.AUTH_SECRET) {
    console.error("AUTH_SECRET is not set: refusing to start in production without a session secret (see README).");
    process.exit(1);
  }
}
