// Integration test for the offline migration runner: needs TEST_DATABASE_URL (a local PostgreSQL
// server on which it creates, then drops, a throwaway database of its own).
import { randomBytes } from "node:crypto";
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assertLocalDatabase } from "../test/local-database";
import { applyMigrations, checkMigrationsInSync, createMigration } from "./migrations";

// Throws a clear error when TEST_DATABASE_URL is missing or not on this machine.
const serverUrl = assertLocalDatabase(process.env.TEST_DATABASE_URL);

const MIGRATIONS_DIR = fileURLToPath(new URL("../../prisma/migrations", import.meta.url));
const CORE_TABLES = ["app_user", "document", "commitment", "audit_log"];
const dbName = `ft_mig_test_${randomBytes(6).toString("hex")}`;
const dbUrl = (() => {
  const url = new URL(serverUrl);
  url.pathname = `/${dbName}`;
  return url.toString();
})();
const tmpDirs: string[] = [];

async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

async function migrationNames(): Promise<string[]> {
  const entries = await readdir(MIGRATIONS_DIR, { withFileTypes: true });
  return entries.filter((e) => e.isDirectory()).map((e) => e.name).sort();
}

describe("applyMigrations on a fresh PostgreSQL database", { timeout: 120_000 }, () => {
  beforeAll(async () => {
    await withClient(serverUrl, (c) => c.query(`CREATE DATABASE "${dbName}"`));
  });

  afterAll(async () => {
    await withClient(serverUrl, (c) => c.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`));
    await Promise.all(tmpDirs.map((d) => rm(d, { recursive: true, force: true })));
  });

  it("applies every migration, with Prisma's bookkeeping", async () => {
    const names = await migrationNames();
    expect(names.length).toBeGreaterThan(0);

    const { applied } = await applyMigrations(dbUrl);
    expect(applied).toEqual(names);

    await withClient(dbUrl, async (c) => {
      const tables = await c.query<{ table_name: string }>(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'",
      );
      expect(tables.rows.map((r) => r.table_name)).toEqual(expect.arrayContaining([...CORE_TABLES, "_prisma_migrations"]));
      const rows = await c.query<{ migration_name: string }>(
        `SELECT migration_name FROM "_prisma_migrations"
         WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
      );
      expect(rows.rows.map((r) => r.migration_name)).toEqual(names);
    });
  });

  it("applies nothing the second time", async () => {
    expect(await applyMigrations(dbUrl)).toEqual({ applied: [] });
  });

  it("names the migration that fails", async () => {
    const dir = await mkdtemp(join(tmpdir(), "ft-mig-"));
    tmpDirs.push(dir);
    await cp(MIGRATIONS_DIR, dir, { recursive: true });
    await mkdir(join(dir, "99990101000000_broken"));
    await writeFile(join(dir, "99990101000000_broken", "migration.sql"), 'ALTER TABLE "no_such_table" ADD COLUMN "x" INT;\n');
    await expect(applyMigrations(dbUrl, { migrationsDir: dir })).rejects.toThrow(/Migration `99990101000000_broken` failed/);
  });

  it("has migrations in sync with prisma/schema.prisma", async () => {
    expect(await checkMigrationsInSync()).toBe(true);
  });

  it("writes the whole schema as a first migration into an empty directory", async () => {
    const dir = await mkdtemp(join(tmpdir(), "ft-mig-"));
    tmpDirs.push(dir);
    const { dir: written, sql } = await createMigration("Initial schema", {
      migrationsDir: dir,
      now: new Date("2030-01-02T03:04:05Z"),
    });
    expect(written).toBe(join(dir, "20300102030405_initial_schema"));
    expect(sql).toContain('CREATE TABLE "app_user"');
    expect(await readFile(join(dir, "20300102030405_initial_schema", "migration.sql"), "utf8")).toBe(sql);
    expect(await readFile(join(dir, "migration_lock.toml"), "utf8")).toContain('provider = "postgresql"');
    expect(await checkMigrationsInSync({ migrationsDir: dir })).toBe(true);
  });
});
