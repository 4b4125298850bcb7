// npm run demo [-- --reset]: builds and starts Followthrough on the embedded database under .data/,
// migrated and seeded with the source documents and the three demo accounts. PORT sets the port.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { connectEmbedded, dataRoot, root } from "./embedded-db.mjs";
import { buildIfNeeded } from "./lib/build-if-needed.mjs";

if (process.argv.includes("--reset")) {
  console.error(`Removing ${path.relative(root, dataRoot)}/ for a fresh start.`);
  rmSync(dataRoot, { recursive: true, force: true });
}
mkdirSync(dataRoot, { recursive: true });

// A persistent random secret for demo sessions; production must set AUTH_SECRET itself.
const secretFile = path.join(dataRoot, "auth-secret");
if (!existsSync(secretFile)) writeFileSync(secretFile, randomBytes(32).toString("base64url"), { mode: 0o600 });
const port = process.env.PORT ?? "3000";

buildIfNeeded(root);
const database = await connectEmbedded();
if (!database.owned) {
  console.error("The embedded database is already served by another process (is a demo running?). Stop it first.");
  process.exit(1);
}
const env = {
  ...process.env,
  DATABASE_URL: database.url,
  PG_POOL_MAX: "1",
  FOLLOWTHROUGH_DEMO: "1",
  AUTH_SECRET: process.env.AUTH_SECRET ?? readFileSync(secretFile, "utf8"),
  AUTH_TRUST_HOST: "true",
  NEXT_TELEMETRY_DISABLED: "1",
};
const tsx = path.join(root, "node_modules/.bin/tsx");
for (const script of [["scripts/db-migrate.ts"], ["--conditions=react-server", "scripts/db-seed.ts", "--demo"]]) {
  const result = spawnSync(tsx, script, { cwd: root, env, stdio: "inherit" });
  if (result.status !== 0) {
    await database.stop();
    process.exit(result.status ?? 1);
  }
}

const app = spawn(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "start", "-p", port], {
  cwd: root,
  env,
  stdio: "inherit",
});
console.error(`\nFollowthrough demo: http://localhost:${port}  (admin@example.org, analyst@example.org, viewer@example.org; password followthrough-demo)\n`);
let stopping = false;
const stop = async (signal) => {
  if (stopping) return;
  stopping = true;
  app.kill(signal);
};
process.on("SIGINT", () => stop("SIGINT"));
process.on("SIGTERM", () => stop("SIGTERM"));
const code = await new Promise((resolve) => app.on("exit", (c) => resolve(c ?? 0)));
await database.stop();
process.exit(code);
