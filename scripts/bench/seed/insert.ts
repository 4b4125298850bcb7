import type pg from "pg";

// Bulk loading without COPY: one INSERT ... SELECT FROM unnest($1::type[], ...) per batch sends
// each column as one array parameter, a few thousand rows per round trip.

export type ColumnSpec = readonly [name: string, type: string];

export async function insertColumns(pool: pg.Pool, table: string, columns: readonly ColumnSpec[], values: unknown[][]): Promise<void> {
  if (values[0].length === 0) return;
  const names = columns.map(([name]) => `"${name}"`).join(", ");
  const arrays = columns.map(([, type], i) => `$${i + 1}::${type}[]`).join(", ");
  await pool.query(`INSERT INTO "${table}" (${names}) SELECT * FROM unnest(${arrays})`, values);
}

/**
 * Rows collected column by column and written `size` at a time; `take` lets the caller overlap
 * generating the next batch with writing this one.
 */
export class Batch<Row> {
  private columns: unknown[][];
  private rowCount = 0;
  written = 0;

  constructor(
    private readonly pool: pg.Pool,
    private readonly table: string,
    private readonly specs: readonly ColumnSpec[],
    private readonly toValues: (row: Row) => unknown[],
    readonly size = 5_000,
  ) {
    this.columns = specs.map(() => []);
  }

  get full(): boolean {
    return this.rowCount >= this.size;
  }

  add(row: Row): void {
    const values = this.toValues(row);
    for (let i = 0; i < values.length; i++) this.columns[i].push(values[i]);
    this.rowCount++;
  }

  /** Detaches the rows collected so far; the returned function writes them. */
  take(): () => Promise<void> {
    const columns = this.columns;
    this.written += this.rowCount;
    this.columns = this.specs.map(() => []);
    this.rowCount = 0;
    return () => insertColumns(this.pool, this.table, this.specs, columns);
  }

  flush(): Promise<void> {
    return this.take()();
  }
}

/** Inserts a whole list in batches (small tables). */
export async function insertAll<Row>(pool: pg.Pool, table: string, specs: readonly ColumnSpec[], rows: Row[], toValues: (row: Row) => unknown[]) {
  const batch = new Batch(pool, table, specs, toValues);
  for (const row of rows) {
    batch.add(row);
    if (batch.full) await batch.flush();
  }
  await batch.flush();
}
