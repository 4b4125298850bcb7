// Runs a command against the configured database: DATABASE_URL when it is set (a PostgreSQL
// server), otherwise the embedded database under .data/ (started for the command, or reused).
// usage: node scripts/with-db.mjs <command> [args...]
import { spawn } from "node:child_process";
import { connectEmbedded } from "./embedded-db.mjs";

const [command, ...args] = process.argv.slice(2);
if (!command) {
  console.error("usage: node scripts/with-db.mjs <command> [args...]");
  process.exit(2);
}

const env = { ...process.env };
let embedded;
if (!env.DATABASE_URL) {
  embedded = await connectEmbedded();
  env.DATABASE_URL = embedded.url;
  env.PG_POOL_MAX = "1"; // pglite-socket drops connections with larger pools
}
const child = spawn(command, args, { stdio: "inherit", env, shell: process.platform === "win32" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
const code = await new Promise((resolve) => child.on("exit", (c) => resolve(c ?? 1)));
await embedded?.stop();
process.exit(code);
