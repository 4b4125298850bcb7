import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// Only a domain's data.ts (reads), mutations.ts (writes) and query.ts (shared SQL of its reads)
// may talk to the database.
const databaseImports = {
  paths: [
    { name: "@/lib/db", message: "Only lib/<domain>/data.ts and mutations.ts import the Prisma client." },
    { name: "pg", message: "Only lib/db and scripts open raw connections." },
  ],
  patterns: [
    {
      group: ["@/lib/generated/prisma/client", "**/generated/prisma/client", "@prisma/*"],
      message: "Only lib/<domain>/data.ts and mutations.ts import the Prisma client.",
    },
  ],
};

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    files: ["**/*.{ts,tsx,mts}"],
    ignores: [
      "lib/*/data.ts",
      "lib/*/mutations.ts",
      "lib/*/query.ts",
      "lib/db.ts",
      "lib/db/**",
      "scripts/**",
      "**/*.test.ts",
      "e2e/**",
      "prisma.config.ts",
      "lib/test/**",
    ],
    rules: { "no-restricted-imports": ["error", databaseImports] },
  },
  globalIgnores([".next/**", ".next-*/**", "out/**", "lib/generated/**", "next-env.d.ts", ".data/**", ".test-data/**"]),
]);
