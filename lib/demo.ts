/** Demo mode: `npm run demo` on the embedded database, with the three demo accounts. */
export const demoPassword = "followthrough-demo";
export const demoAccounts = [
  { email: "admin@example.org", name: "Demo Admin", role: "ADMIN" },
  { email: "analyst@example.org", name: "Demo Analyst", role: "ANALYST" },
  { email: "viewer@example.org", name: "Demo Viewer", role: "VIEWER" },
] as const;

export function isDemoMode(): boolean {
  return process.env.FOLLOWTHROUGH_DEMO === "1";
}

export function isDemoAccount(email: string): boolean {
  return demoAccounts.some((account) => account.email === email);
}
