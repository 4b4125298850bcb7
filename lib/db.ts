import "server-only";
import { createPrismaClient, requireDatabaseUrl, type Db } from "@/lib/db/client";

const holder = globalThis as unknown as { followthroughDb?: Db };

/** The app's one Prisma client, created on first use (never at build time). */
export function db(): Db {
  holder.followthroughDb ??= createPrismaClient(requireDatabaseUrl());
  return holder.followthroughDb;
}

export type { Db };
