import { spawn } from "node:child_process";
import { expect, test } from "@playwright/test";

test("the production server refuses to start without AUTH_SECRET", async () => {
  const env: Record<string, string | undefined> = { ...process.env, NODE_ENV: "production", PORT: "3199" };
  delete env.AUTH_SECRET;
  const child = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", "3199"], { env: env as NodeJS.ProcessEnv, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  const code = await new Promise<number | null>((resolve) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      resolve(null);
    }, 20_000);
    child.on("exit", (exitCode) => {
      clearTimeout(timer);
      resolve(exitCode);
    });
  });
  expect(code).toBe(1);
  expect(output).toContain("AUTH_SECRET is not set");
});
