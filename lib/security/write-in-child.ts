// Runs one large write in a process of its own, for lib/security/kill-mid-write.int.test.ts to
// kill while its transaction is open: node --conditions=react-server --import tsx lib/security/write-in-child.ts JOB_JSON
// (DATABASE_URL names the database and the application_name the test watches for).
import { readFileSync } from "node:fs";
import { applyImport } from "@/lib/imports/mutations";
import { buildPreview } from "@/lib/imports/preview";
import type { BulkUpdateInput } from "@/lib/updates/schema";
import { bulkUpdateStatus } from "@/lib/updates/mutations";

export type ChildJob =
  | { kind: "import"; csvFile: string; actor: { id: string; email: string } }
  | { kind: "bulk"; input: BulkUpdateInput; actor: { id: string; email: string } };

async function run(job: ChildJob): Promise<string> {
  if (job.kind === "bulk") return JSON.stringify(await bulkUpdateStatus(job.input, job.actor, null));
  const preview = await buildPreview({ name: "updates.csv", bytes: readFileSync(job.csvFile) });
  if (!preview.ok) throw new Error(`preview refused: ${preview.error}`);
  return JSON.stringify(await applyImport(preview.changes, job.actor, null, { name: "updates.csv", hash: "0".repeat(64), rows: preview.rows.length }));
}

run(JSON.parse(process.argv[2]) as ChildJob).then(
  (result) => {
    console.log(`finished ${result}`);
    process.exit(0);
  },
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
