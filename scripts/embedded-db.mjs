// The embedded database: PGlite (PostgreSQL in WebAssembly) under .data/, served over the Postgres
// wire protocol by pglite-socket in its own process. Every client (app, seed, CLIs) connects to it
// like to any Postgres server, so there is one code path for both databases. A second process that
// needs the database reuses the running server (recorded in .data/embedded.json) instead of opening
// the data directory itself, which PGlite would silently corrupt.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const root = fileURLToPath(new URL("..", import.meta.url));
export const dataRoot = path.resolve(root, process.env.FOLLOWTHROUGH_DATA_DIR ?? ".data");
const stateFile = path.join(dataRoot, "embedded.json");
const serverScript = path.join(root, "node_modules/@electric-sql/pglite-socket/dist/scripts/server.js");

const urlFor = (port) => `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`;

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function canConnect(port) {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port }, () => {
      socket.end();
      resolve(true);
    });
    socket.on("error", () => resolve(false));
  });
}

async function freePort(preferred) {
  for (let port = preferred; port < preferred + 50; port++) {
    if (!(await canConnect(port))) return port;
  }
  throw new Error(`no free port found from ${preferred}`);
}

async function waitForQuery(url, timeoutMs) {
  const { default: pg } = await import("pg");
  const deadline = Date.now() + timeoutMs;
  let lastError;
  while (Date.now() < deadline) {
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
      await client.query("select 1");
      await client.end();
      return;
    } catch (error) {
      lastError = error;
      await client.end().catch(() => {});
      await new Promise((r) => setTimeout(r, 300));
    }
  }
  throw new Error(`the embedded database did not answer within ${timeoutMs / 1000} s: ${lastError?.message}`);
}

/** Returns a running embedded server: the one already serving .data/, or a new one owned by the caller. */
export async function connectEmbedded({ log = console.error } = {}) {
  if (existsSync(stateFile)) {
    const state = JSON.parse(readFileSync(stateFile, "utf8"));
    if (alive(state.pid) && (await canConnect(state.port))) {
      return { url: urlFor(state.port), owned: false, stop: async () => {} };
    }
    rmSync(stateFile, { force: true });
  }
  mkdirSync(dataRoot, { recursive: true });
  const port = await freePort(Number(process.env.EMBEDDED_DB_PORT ?? 54329));
  const dbDir = path.join(dataRoot, "pglite");
  const fresh = !existsSync(dbDir);
  if (fresh) log(`Creating the embedded database in ${path.relative(root, dbDir)} (about 10 s)...`);
  const child = spawn(
    process.execPath,
    [serverScript, `--db=${dbDir}`, `--port=${port}`, "--max-connections=8"],
    { stdio: ["ignore", "ignore", "inherit"] },
  );
  writeFileSync(stateFile, JSON.stringify({ pid: child.pid, port }));
  const exited = new Promise((resolve) => child.once("exit", resolve));
  const url = urlFor(port);
  await Promise.race([
    waitForQuery(url, 90_000),
    exited.then((code) => {
      throw new Error(`the embedded database server exited (code ${code}) before it was ready`);
    }),
  ]);
  const stop = async () => {
    if (child.exitCode === null) {
      child.kill("SIGTERM");
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
    }
    if (existsSync(stateFile) && JSON.parse(readFileSync(stateFile, "utf8")).pid === child.pid) {
      rmSync(stateFile, { force: true });
    }
  };
  return { url, owned: true, stop };
}
