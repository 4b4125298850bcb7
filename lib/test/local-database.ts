/** Tests may only ever touch a database on this machine. */
export function assertLocalDatabase(url: string | undefined, variable = "TEST_DATABASE_URL"): string {
  if (!url) throw new Error(`${variable} is not set: run the tests with \`npm test\`, which provides a local PostgreSQL.`);
  const host = new URL(url).hostname;
  if (!["127.0.0.1", "localhost", "::1", "[::1]", ""].includes(host)) {
    throw new Error(`${variable} points at ${host}: tests refuse any database that is not on this machine.`);
  }
  return url;
}
