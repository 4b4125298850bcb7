// Generates the Prisma client without Prisma's native engine download (which fails offline):
// `prisma generate` only needs PRISMA_SCHEMA_ENGINE_BINARY to point at an existing file.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
if (!existsSync(`${root}/prisma/schema.prisma`)) process.exit(0);
const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1" };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= process.execPath;
const result = spawnSync("npx", ["prisma", "generate"], { cwd: root, env, stdio: "inherit" });
process.exit(result.status ?? 1);
