import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";

// Child processes the benchmark starts (the production app, the baseline server) and stops again
// by their own pid; memory sampling reads /proc.

export const root = path.resolve(import.meta.dirname, "../../..");
export const benchDistDir = ".next-bench";

export type Child = { process: ChildProcess; pid: number; stop: () => Promise<void>; output: () => string };

export function start(command: string, args: string[], env: Record<string, string>): Child {
  const child = spawn(command, args, { cwd: root, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout!.on("data", (chunk) => (output = (output + chunk).slice(-20_000)));
  child.stderr!.on("data", (chunk) => (output = (output + chunk).slice(-20_000)));
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
      setTimeout(() => child.exitCode === null && child.kill("SIGKILL"), 5_000).unref();
    });
  return { process: child, pid: child.pid!, stop, output: () => output };
}

/** Polls `url` until it answers (any status below 500) or the time is up. */
export async function waitForHttp(url: string, child: Child, seconds = 60): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    if (child.process.exitCode !== null) throw new Error(`process exited (${child.process.exitCode}):\n${child.output()}`);
    try {
      const response = await fetch(url, { redirect: "manual" });
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${seconds} s:\n${child.output()}`);
}

export function hasBuild(): boolean {
  return existsSync(path.join(root, benchDistDir, "BUILD_ID"));
}

/** `next build` into .next-bench; Next adds the directory's types to tsconfig.json, which is put back. */
export function buildApp(): void {
  const tsconfig = readFileSync(path.join(root, "tsconfig.json"), "utf8");
  const result = spawnSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], {
    cwd: root, stdio: "inherit", env: { ...process.env, NEXT_DIST_DIR: benchDistDir, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (readFileSync(path.join(root, "tsconfig.json"), "utf8") !== tsconfig) writeFileSync(path.join(root, "tsconfig.json"), tsconfig);
  if (result.status !== 0) throw new Error("next build failed");
}

/** Resident memory (kB) of a process and all its descendants. */
export function treeRssKb(pid: number): number {
  let total = 0;
  const visit = (id: number) => {
    try {
      const status = readFileSync(`/proc/${id}/status`, "utf8");
      total += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      for (const task of readdirSync(`/proc/${id}/task`)) {
        const children = readFileSync(`/proc/${id}/task/${task}/children`, "utf8").trim();
        for (const child of children ? children.split(/\s+/) : []) visit(Number(child));
      }
    } catch {
      // the process ended meanwhile
    }
  };
  visit(pid);
  return total;
}

/** Samples treeRssKb every `everyMs` until stopped; returns the samples' min and max. */
export function sampleRss(pid: number, everyMs = 25) {
  const first = treeRssKb(pid);
  let max = first;
  const timer = setInterval(() => (max = Math.max(max, treeRssKb(pid))), everyMs);
  return { stop: () => (clearInterval(timer), { startKb: first, peakKb: Math.max(max, treeRssKb(pid)) }) };
}
