import { defineConfig } from "prisma/config";

// Prisma 7 keeps the connection outside the schema. The app and the scripts connect through
// the pg driver adapter (lib/db.ts); this file only tells the CLI where schema and migrations live.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
