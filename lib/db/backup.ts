import { createReadStream, createWriteStream } from "node:fs";
import { once } from "node:events";
import { createInterface } from "node:readline";
import { createGunzip, createGzip } from "node:zlib";
import { Client } from "pg";

// A portable backup that needs no pg_dump: gzip'd JSON lines. Line 1 is a header (format, the
// migrations applied, the tables in dependency order); then, per table, a {"table"} line followed
// by one line per row, the row as PostgreSQL's own `to_jsonb`. Restore turns each batch back into
// rows with `jsonb_populate_recordset`, so every type (timestamps, enums, jsonb, bigint) round-trips
// through PostgreSQL itself. Rows are read in primary-key order, in keyset batches, inside one
// REPEATABLE READ transaction: a consistent snapshot while the app keeps running.

export const backupFormat = "followthrough-backup/1";
const batchSize = 1000;
type Header = { format: string; createdAt: string; migrations: string[]; tables: string[] };

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** The application's tables, parents before children (foreign keys), without Prisma's bookkeeping. */
export async function tablesInDependencyOrder(client: Client): Promise<string[]> {
  const { rows: tables } = await client.query<{ name: string }>(
    `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY tablename`,
  );
  const { rows: edges } = await client.query<{ child: string; parent: string }>(
    `SELECT c.relname AS child, p.relname AS parent FROM pg_constraint k
       JOIN pg_class c ON c.oid = k.conrelid JOIN pg_class p ON p.oid = k.confrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE k.contype = 'f' AND n.nspname = 'public' AND k.conrelid <> k.confrelid`,
  );
  const ordered: string[] = [];
  const pending = new Set(tables.map((t) => t.name));
  while (pending.size) {
    const ready = [...pending].filter((table) => !edges.some((e) => e.child === table && pending.has(e.parent)));
    if (ready.length === 0) throw new Error(`Foreign keys form a cycle among: ${[...pending].join(", ")}`);
    for (const table of ready) {
      ordered.push(table);
      pending.delete(table);
    }
  }
  return ordered;
}

async function primaryKey(client: Client, table: string): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT a.attname AS name FROM pg_index i
       JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey)
     WHERE i.indrelid = $1::regclass AND i.indisprimary ORDER BY array_position(i.indkey, a.attnum)`,
    [quote(table)],
  );
  if (rows.length === 0) throw new Error(`Table ${table} has no primary key: cannot read it in batches.`);
  return rows.map((row) => row.name);
}

async function appliedMigrations(client: Client): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
  );
  return rows.map((row) => row.name);
}

async function write(out: NodeJS.WritableStream, line: unknown) {
  if (!out.write(`${JSON.stringify(line)}\n`)) await once(out, "drain");
}

/** Writes a backup of the database at `url` to `file`; returns the row count per table. */
export async function backupDatabase(url: string, file: string): Promise<Record<string, number>> {
  const client = new Client({ connectionString: url });
  await client.connect();
  const gzip = createGzip();
  const sink = createWriteStream(file);
  gzip.pipe(sink);
  const counts: Record<string, number> = {};
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const tables = await tablesInDependencyOrder(client);
    const header: Header = { format: backupFormat, createdAt: new Date().toISOString(), migrations: await appliedMigrations(client), tables };
    await write(gzip, header);
    for (const table of tables) {
      const key = (await primaryKey(client, table)).map(quote).join(", ");
      await write(gzip, { table });
      counts[table] = 0;
      let last: unknown = null;
      for (;;) {
        const after = last === null ? "" : `WHERE (${key}) > (SELECT ${key} FROM jsonb_populate_record(NULL::${quote(table)}, $1::jsonb))`;
        const { rows } = await client.query<{ row: unknown }>(
          `SELECT to_jsonb(t) AS row FROM ${quote(table)} t ${after} ORDER BY ${key} LIMIT ${batchSize}`,
          last === null ? [] : [JSON.stringify(last)],
        );
        for (const { row } of rows) await write(gzip, row);
        counts[table] += rows.length;
        if (rows.length < batchSize) break;
        last = rows[rows.length - 1].row;
      }
    }
    await client.query("COMMIT");
  } finally {
    gzip.end();
    await once(sink, "close");
    await client.end();
  }
  return counts;
}

/**
 * Restores `file` into the database at `url`, all or nothing. The target must be migrated to the
 * same migrations and hold no data: the audit log refuses DELETE and TRUNCATE, so a restore never
 * replaces rows, it only fills an empty database.
 */
export async function restoreDatabase(url: string, file: string): Promise<Record<string, number>> {
  const client = new Client({ connectionString: url });
  await client.connect();
  const counts: Record<string, number> = {};
  try {
    await client.query("BEGIN");
    // Opened only now: readline drops lines emitted before iteration starts.
    const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
    let header: Header | undefined;
    let table: string | undefined;
    let batch: unknown[] = [];
    const flush = async () => {
      if (!table || batch.length === 0) return;
      await client.query(`INSERT INTO ${quote(table)} SELECT * FROM jsonb_populate_recordset(NULL::${quote(table)}, $1::jsonb)`, [JSON.stringify(batch)]);
      counts[table] += batch.length;
      batch = [];
    };
    for await (const line of lines) {
      if (!line) continue;
      const value = JSON.parse(line) as Record<string, unknown>;
      if (!header) {
        header = value as Header;
        await checkTarget(client, header);
        continue;
      }
      if (typeof value.table === "string" && Object.keys(value).length === 1) {
        await flush();
        table = value.table;
        if (!header.tables.includes(table)) throw new Error(`Backup names an unexpected table: ${table}`);
        counts[table] = 0;
        continue;
      }
      batch.push(value);
      if (batch.length >= batchSize) await flush();
    }
    await flush();
    if (!header) throw new Error("The backup file is empty.");
    await resetSequences(client, header.tables);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
  return counts;
}

async function checkTarget(client: Client, header: Header) {
  if (header.format !== backupFormat) throw new Error(`Not a Followthrough backup (format ${String(header.format)}).`);
  const migrations = await appliedMigrations(client);
  if (JSON.stringify(migrations) !== JSON.stringify(header.migrations)) {
    throw new Error(
      `The target database's migrations differ from the backup's: run \`npm run db:migrate\` on an empty database at the same version.\n` +
        `  backup: ${header.migrations.join(", ")}\n  target: ${migrations.join(", ") || "(none)"}`,
    );
  }
  const tables = await tablesInDependencyOrder(client);
  const missing = header.tables.filter((table) => !tables.includes(table));
  if (missing.length) throw new Error(`The target database lacks tables: ${missing.join(", ")}`);
  for (const table of tables) {
    const { rows } = await client.query(`SELECT 1 FROM ${quote(table)} LIMIT 1`);
    if (rows.length) throw new Error(`The target database is not empty (table ${table} has rows): restore only into a freshly migrated, empty database.`);
  }
}

/** Serial and identity columns continue after the restored rows. */
async function resetSequences(client: Client, tables: string[]) {
  for (const table of tables) {
    const { rows } = await client.query<{ column: string; sequence: string }>(
      `SELECT a.attname AS column, pg_get_serial_sequence($1, a.attname) AS sequence FROM pg_attribute a
       WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped AND pg_get_serial_sequence($1, a.attname) IS NOT NULL`,
      [quote(table)],
    );
    for (const { column, sequence } of rows) {
      await client.query(
        `SELECT setval($1, COALESCE((SELECT max(${quote(column)}) FROM ${quote(table)}), 0) + 1, false)`,
        [sequence],
      );
    }
  }
}
