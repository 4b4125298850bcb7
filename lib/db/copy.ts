import "server-only";
import pg from "pg";
import { to as copyTo } from "pg-copy-streams";

/** A statement as sql-template-tag (Prisma.sql) holds it: the text between the values, and the values. */
export type SqlTemplate = { strings: readonly string[]; values: readonly unknown[] };

function literal(value: unknown): string {
  if (typeof value === "string") return pg.escapeLiteral(value);
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value === null) return "NULL";
  if (Array.isArray(value)) return value.length ? `ARRAY[${value.map(literal).join(", ")}]` : "'{}'";
  throw new TypeError(`cannot write a ${typeof value} into SQL as a literal`);
}

/**
 * The statement with every value written as a quoted SQL literal. Only for COPY, which takes no
 * bound parameters: everything else binds its values.
 */
export function withLiterals(sql: SqlTemplate): string {
  return sql.strings.reduce((text, part, i) => text + literal(sql.values[i - 1]) + part);
}

/**
 * The rows of a SELECT as CSV written by PostgreSQL itself (COPY … TO STDOUT, RFC 4180 with LF
 * line ends), on one pooled connection that it holds until the end. The socket is read only as
 * fast as the chunks are taken, so a slow reader holds the server back instead of filling memory.
 * A reader that stops early closes the connection, which is how the server learns to stop.
 */
export async function* copyCsv(pool: pg.Pool, select: SqlTemplate): AsyncGenerator<Buffer> {
  const client = await pool.connect();
  let finished = false;
  try {
    const copy = client.query(copyTo(`COPY (${withLiterals(select)}) TO STDOUT WITH (FORMAT csv)`));
    // A failure reaches the reader through the iteration; pg also reports the closed connection
    // after an early stop, to a stream nobody reads any more.
    copy.on("error", () => {});
    yield* copy;
    finished = true;
  } finally {
    client.release(finished ? undefined : new Error("COPY stopped before its end"));
  }
}
