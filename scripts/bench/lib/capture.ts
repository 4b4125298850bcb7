import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

// The exact SQL a data function sends: it runs once against a Prisma client that logs every query,
// installed where lib/db.ts looks for its client. Raw-pg baselines then replay these statements,
// so that "the same SQL" never drifts from the app's code.

export type Statement = { text: string; values: unknown[] };

type Holder = { followthroughDb?: unknown };

export async function captureStatements(url: string, fn: () => Promise<unknown>): Promise<Statement[]> {
  const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 10 }), log: [{ emit: "event", level: "query" }] });
  const statements: Statement[] = [];
  client.$on("query", (event) => statements.push({ text: event.query, values: JSON.parse(event.params || "[]") as unknown[] }));
  const holder = globalThis as Holder;
  const previous = holder.followthroughDb;
  holder.followthroughDb = client;
  try {
    await fn();
  } finally {
    holder.followthroughDb = previous;
    await client.$disconnect();
  }
  return statements;
}

/** A statement without bound values, as text for psql (refused if it has any). */
export function literalSql(statement: Statement): string {
  if (statement.values.length > 0) throw new Error(`expected a statement without parameters: ${statement.text.slice(0, 120)}`);
  return statement.text;
}
