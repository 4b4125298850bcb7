import { Client } from "pg";
import { tablesInDependencyOrder } from "@/lib/db/backup";

/** Runs `run` on a fresh connection to `url`, closed afterwards. */
export async function withClient<T>(url: string, run: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** Every row of every application table, as PostgreSQL renders it, sorted: equal dumps mean equal data. */
export const dumpTables = (url: string) =>
  withClient(url, async (client) => {
    const result: Record<string, string[]> = {};
    for (const table of await tablesInDependencyOrder(client)) {
      const { rows } = await client.query<{ row: string }>(`SELECT to_jsonb(t)::text AS row FROM "${table}" t`);
      result[table] = rows.map((r) => r.row).sort();
    }
    return result;
  });
