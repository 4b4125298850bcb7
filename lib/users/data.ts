import "server-only";
import { db } from "@/lib/db";

export function listUsers() {
  return db().user.findMany({
    orderBy: [{ disabledAt: { sort: "asc", nulls: "first" } }, { email: "asc" }],
    select: { id: true, email: true, name: true, role: true, disabledAt: true, createdAt: true, version: true },
  });
}
