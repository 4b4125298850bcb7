// When PostgreSQL cannot be reached, users see "the database is unavailable" instead of a generic
// failure, and nothing pretends to have been saved. This file has no imports so that the error page
// (a client component) can read the digest too.

/** Next.js hands an error's own digest to error.tsx unchanged: this one names the cause. */
export const databaseUnavailableDigest = "DATABASE_UNAVAILABLE";

export class DatabaseUnavailableError extends Error {
  readonly digest = databaseUnavailableDigest;
  constructor(cause: unknown) {
    super("The database cannot be reached.", { cause });
    this.name = "DatabaseUnavailableError";
  }
}

// Prisma: can't reach server, connect timeout, operation timeout, connection closed, pool timeout.
const prismaCodes = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
// PostgreSQL SQLSTATE: connection exceptions (08…), shutdown / cannot connect now (57P01-03), too many connections.
const sqlState = /^(08...|57P0[1-3]|53300)$/;
const socketCodes = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND", "EHOSTUNREACH"]);
const messages = /Can't reach database server|Server has closed the connection|Connection terminated|terminating connection due to administrator command|the database system is (shutting down|starting up)/i;

/** True for errors that mean "no usable connection to PostgreSQL", wherever they come from. */
export function isDatabaseUnavailable(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === "object"; depth++) {
    if (current instanceof DatabaseUnavailableError) return true;
    const { code, message, cause, err } = current as { code?: unknown; message?: unknown; cause?: unknown; err?: unknown };
    if (typeof code === "string" && (prismaCodes.has(code) || sqlState.test(code) || socketCodes.has(code))) return true;
    if (typeof message === "string" && messages.test(message)) return true;
    current = cause ?? err; // Auth.js wraps what a sign-in check threw as { cause: { err } }
  }
  return false;
}

/** Rethrows a connection failure as DatabaseUnavailableError, anything else unchanged. */
export function rethrowUnavailable(error: unknown): never {
  if (isDatabaseUnavailable(error) && !(error instanceof DatabaseUnavailableError)) throw new DatabaseUnavailableError(error);
  throw error;
}
