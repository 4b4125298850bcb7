import { mkdirSync } from "node:fs";
import { assertLocalDatabase } from "../lib/test/local-database";

/** The e2e run writes to its database: refuse anything that is not on this machine. */
export default function globalSetup() {
  assertLocalDatabase(process.env.E2E_DATABASE_URL, "E2E_DATABASE_URL");
  mkdirSync("e2e/.auth", { recursive: true });
  mkdirSync("e2e/screenshots", { recursive: true });
}
