// Every page sends its messages to the browser with NextIntlClientProvider. Server components
// translate on the server, so only the namespaces read by client components need to travel: a
// test (client-messages.test.ts) finds them in the code and keeps this list exact.
export const clientNamespaces = [
  "errors",
  "roles",
  "status",
  "login",
  "users",
  "table",
  "commitments",
  "commitment",
  "updates.form",
  "updates.ogp",
  "updates.evidence",
  "updates.conflict",
  "updates.owner",
  "updates.occurrences",
  "imports",
  "reports.export",
  "importer",
  "documents.highlight",
] as const;

type Messages = Record<string, unknown>;

/** The part of `messages` that client components read, nested as in the source. */
export function clientMessages(messages: Messages): Messages {
  const picked: Messages = {};
  for (const namespace of clientNamespaces) {
    const keys = namespace.split(".");
    let from: unknown = messages;
    for (const key of keys) from = (from as Messages | undefined)?.[key];
    let into = picked;
    for (const key of keys.slice(0, -1)) into = (into[key] ??= {}) as Messages;
    into[keys[keys.length - 1]] = from;
  }
  return picked;
}
