import type { Locale } from "./config";

// Messages are split by area (one file per area and language) so that features own their texts.
// A new file must be added here for both languages; the unit test checks that keys match.
const files = ["common", "auth", "dashboard", "users", "commitments", "audit", "documents", "updates", "commitment", "reports", "importer"] as const;

export async function loadMessages(locale: Locale): Promise<Record<string, unknown>> {
  const parts = await Promise.all(files.map((file) => import(`./messages/${locale}/${file}.json`)));
  return Object.assign({}, ...parts.map((part) => part.default));
}
