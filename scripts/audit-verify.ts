// npm run audit:verify -- [--document SLUG]... [--limit N]
// Rebuilds every tracking row from the audit log alone (lib/audit/replay.ts) and compares it with
// the table. Prints each difference; exits 1 if there is any, 0 if the history accounts for every row.
import { parseArgs } from "node:util";
import { describeDifference } from "@/lib/audit/replay";
import { verifyTrackingHistory } from "@/lib/audit/verify";
import { disconnect } from "./lib/script-db";

const usage = "usage: npm run audit:verify -- [--document SLUG]... [--limit N]   (N: differences printed, default 100)";

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { document: { type: "string", multiple: true }, limit: { type: "string", default: "100" } } });
  const limit = Number(values.limit);
  if (!Number.isInteger(limit) || limit < 0) {
    console.error(usage);
    return 2;
  }
  let printed = 0;
  const summary = await verifyTrackingHistory({ documentSlugs: values.document }, (difference) => {
    if (printed++ < limit) console.log(describeDifference(difference));
  });
  if (summary.differences > limit) console.log(`… and ${summary.differences - limit} more`);
  const scope = values.document ? ` of ${values.document.join(", ")}` : "";
  console.log(`${summary.rows} tracking rows${scope} replayed from ${summary.entries} audit entries: ${summary.differences === 0 ? "the history accounts for every row" : `${summary.differences} difference${summary.differences === 1 ? "" : "s"}`}.`);
  return summary.differences === 0 ? 0 : 1;
}

main()
  .then((code) => {
    process.exitCode = code;
  })
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(disconnect);
