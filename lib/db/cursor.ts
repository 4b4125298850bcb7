import "server-only";
import pg from "pg";

export type Statement = { text: string; values: unknown[] };

// `timestamp` columns hold UTC without a zone (as Prisma reads them); pg alone would read them in
// the process's own zone.
const timestampWithoutZone = 1114;
const getTypeParser = ((oid: number, format?: "text" | "binary") =>
  oid === timestampWithoutZone && format !== "binary"
    ? (value: string) => new Date(`${value.replace(" ", "T")}Z`)
    : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser;

/**
 * The rows of one SELECT in batches, from a server-side cursor in a read-only transaction on one
 * pooled connection, which it holds until the last batch is read or the reader stops. One
 * statement lets PostgreSQL plan for the whole result (a scan and a sort where that is cheaper
 * than walking an index row by row, as keyset batches must); the next batch is fetched while the
 * reader handles the current one, so at most two are held.
 */
export async function* cursorBatches<Row extends pg.QueryResultRow>(pool: pg.Pool, statement: Statement, batchSize: number): AsyncGenerator<Row[]> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN READ ONLY");
    // Every row will be read: plan for the total time, not for the first rows.
    await client.query("SET LOCAL cursor_tuple_fraction = 1");
    await client.query({ text: `DECLARE batch_rows NO SCROLL CURSOR FOR ${statement.text}`, values: statement.values });
    const fetch = () => {
      const next = client.query<Row>({ text: `FETCH FORWARD ${batchSize} FROM batch_rows`, types: { getTypeParser } });
      next.catch(() => {}); // a reader that stops early must not leave an unhandled rejection behind
      return next;
    };
    let pending = fetch();
    for (;;) {
      const { rows } = await pending;
      const more = rows.length === batchSize;
      if (more) pending = fetch();
      if (rows.length > 0) yield rows;
      if (!more) return;
    }
  } finally {
    // The transaction only read, so rolling it back ends it; a connection that cannot is dropped.
    const broken = await client.query("ROLLBACK").then(() => undefined, (error: Error) => error);
    client.release(broken);
  }
}
