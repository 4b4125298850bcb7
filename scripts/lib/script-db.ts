// Scripts share the app's lazily created client (lib/db.ts) and close it when they are done.
import { db } from "@/lib/db";

export async function disconnect(): Promise<void> {
  const holder = globalThis as unknown as { followthroughDb?: ReturnType<typeof db> };
  await holder.followthroughDb?.$disconnect();
}
