// Finds a PostgreSQL for the tests: TEST_DATABASE_URL (must be local), otherwise a throwaway
// cluster started from the server binaries on this machine, otherwise exact install advice.
import { execFileSync, spawnSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

function findBinDir() {
  const candidates = [];
  if (process.env.PG_BINDIR) candidates.push(process.env.PG_BINDIR);
  try {
    candidates.push(execFileSync("pg_config", ["--bindir"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim());
  } catch {
    // pg_config is optional
  }
  const debian = "/usr/lib/postgresql";
  if (existsSync(debian)) {
    for (const version of readdirSync(debian).sort((a, b) => Number(b) - Number(a))) candidates.push(path.join(debian, version, "bin"));
  }
  return candidates.find((dir) => existsSync(path.join(dir, "initdb")) && existsSync(path.join(dir, "pg_ctl")));
}

function freePort(start) {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", () => (start < 65000 ? freePort(start + 1).then(resolve, reject) : reject(new Error("no free port"))));
    server.listen(start, "127.0.0.1", () => server.close(() => resolve(start)));
  });
}

export function assertLocal(url) {
  const host = new URL(url).hostname;
  if (!["127.0.0.1", "localhost", "::1", "[::1]", ""].includes(host)) {
    throw new Error(`TEST_DATABASE_URL points at ${host}: the tests only ever use a database on this machine.`);
  }
  return url;
}

export async function provisionPostgres() {
  if (process.env.TEST_DATABASE_URL) return { adminUrl: assertLocal(process.env.TEST_DATABASE_URL), stop: () => {} };
  const bin = findBinDir();
  if (!bin) {
    throw new Error(
      "No PostgreSQL server binaries found (initdb, pg_ctl). Install them, e.g. `sudo apt-get install postgresql` " +
        "on Debian/Ubuntu or `brew install postgresql` on macOS, or set TEST_DATABASE_URL to a local server.",
    );
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), "followthrough-pg-"));
  const data = path.join(dir, "data");
  const port = await freePort(55432);
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const { uid, gid } = JSON.parse(execFileSync("sh", ["-c", 'echo "{\\"uid\\":$(id -u postgres),\\"gid\\":$(id -g postgres)}"'], { encoding: "utf8" }));
    chownSync(dir, uid, gid);
  }
  const control = { bin, dir, data, port, asRoot };
  pgTool(control, "initdb", ["-D", data, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--locale=C", "--no-sync"]);
  controlPostgres(control, "start");
  const stop = () => {
    try {
      pgTool(control, "pg_ctl", ["-D", data, "-m", "immediate", "stop"]);
    } catch {
      // already stopped (a reliability test that failed half-way): nothing left to stop
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  return { adminUrl: `postgresql://postgres@127.0.0.1:${port}/postgres`, stop, control };
}

/** Runs one server binary of the cluster, as the postgres user when we are root (initdb refuses root). */
function pgTool({ bin, asRoot }, tool, args) {
  const command = asRoot ? "runuser" : path.join(bin, tool);
  const fullArgs = asRoot ? ["-u", "postgres", "--", path.join(bin, tool), ...args] : args;
  const result = spawnSync(command, fullArgs, { encoding: "utf8" });
  if (result.status !== 0) throw new Error(`${tool} failed: ${result.stderr || result.stdout}`);
}

/**
 * Stops ("fast": connections are cut, as in a crash or failover) or starts the throwaway cluster.
 * The reliability tests use it to take the database away from running app instances.
 */
export function controlPostgres(control, action) {
  const { data, dir, port } = control;
  if (action === "stop") return pgTool(control, "pg_ctl", ["-D", data, "-m", "fast", "-w", "stop"]);
  pgTool(control, "pg_ctl", [
    "-D", data, "-l", path.join(dir, "server.log"), "-w", "start",
    "-o", `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`,
  ]);
}

/** Creates (or re-creates) an empty database on the server and returns its URL. */
export async function freshDatabase(adminUrl, name) {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
