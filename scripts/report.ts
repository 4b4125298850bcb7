// npm run report -- --format csv|xlsx|pdf|json --out FILE [--document SLUG]... [--country KZ]... [--area SLUG]...
//   [--as-of YYYY-MM-DD] [--since YYYY-MM-DD] [--internal] [--set commitments|updates] [--lang en|zh]
// pdf and xlsx: the status report as of a date (as /reports and /api/reports/pdf|xlsx).
// csv and json: the export of the current state (as /api/export/commitments); --set updates for the history.
import { spawn } from "node:child_process";
import { createWriteStream } from "node:fs";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { parseArgs } from "node:util";
import { listFilterOptions } from "@/lib/commitments/data";
import { getStatusReport } from "@/lib/reports/data";
import { createExport } from "@/lib/reports/export";
import { reportXlsx } from "@/lib/reports/report-xlsx";
import { parseExportRequest, parseReportParams } from "@/lib/reports/schema";
import { reportTranslator } from "@/lib/reports/translator";
import { disconnect } from "./lib/script-db";

const usage = "usage: npm run report -- --format csv|xlsx|pdf|json --out FILE [--document SLUG]... [--country KZ]... [--area SLUG]... [--as-of YYYY-MM-DD] [--since YYYY-MM-DD] [--internal] [--set commitments|updates] [--lang en|zh]";

class UsageError extends Error {}

function options() {
  const { values } = parseArgs({
    options: {
      format: { type: "string" }, out: { type: "string" }, lang: { type: "string", default: "en" }, set: { type: "string", default: "commitments" },
      document: { type: "string", multiple: true, default: [] }, country: { type: "string", multiple: true, default: [] }, area: { type: "string", multiple: true, default: [] },
      "as-of": { type: "string" }, since: { type: "string" }, internal: { type: "boolean", default: false },
    },
  });
  if (!values.out || !["csv", "xlsx", "pdf", "json"].includes(values.format ?? "")) throw new UsageError(usage);
  if (!["commitments", "updates"].includes(values.set)) throw new UsageError(`--set must be commitments or updates.\n${usage}`);
  return values as typeof values & { out: string; format: "csv" | "xlsx" | "pdf" | "json" };
}

/** The web ignores unknown filter values; here a typo is an error, so that it never widens a report. */
async function rejectUnknown(args: { document: string[]; area: string[]; country: string[] }) {
  const options = await listFilterOptions();
  const known = { document: options.documents.map((d) => d.slug), area: options.areas.map((a) => a.slug), country: options.countries.map((c) => c.code) };
  for (const kind of ["document", "area", "country"] as const) {
    const unknown = args[kind].flatMap((value) => value.split(",")).filter((value) => !known[kind].includes(value.trim()));
    if (unknown.length) throw new UsageError(`Unknown ${kind}: ${unknown.join(", ")} (known: ${known[kind].join(", ")})`);
  }
}

/** @react-pdf needs the full React build, which this process (react-server) does not load: render in a child. */
async function renderPdfInChild(json: string, locale: string, out: string) {
  const script = path.join(__dirname, "lib", "render-report-pdf.ts");
  const child = spawn(process.execPath, [require.resolve("tsx/cli"), script, locale, out], { stdio: ["pipe", "inherit", "inherit"] });
  child.stdin.end(json);
  const code = await new Promise<number>((resolve) => child.on("exit", (c) => resolve(c ?? 1)));
  if (code !== 0) throw new Error("The PDF could not be rendered.");
}

async function main() {
  const args = options();
  const { t, locale } = await reportTranslator(args.lang);
  await rejectUnknown(args);
  if (args.format === "csv" || args.format === "json") {
    if (args["as-of"] || args.since) throw new UsageError("--as-of and --since apply to the pdf and xlsx status report; csv and json export the current state.");
    if (args.country.length > 1) throw new UsageError("csv and json follow the commitments view, which filters one country at a time.");
    const request = parseExportRequest({ format: args.format, set: args.set, internal: args.internal ? "1" : undefined, document: args.document, area: args.area, country: args.country });
    const file = await createExport(request, { t });
    await pipeline(file.stream, createWriteStream(args.out));
    console.log(`Wrote ${args.out}`);
    return;
  }
  const { params, notices } = parseReportParams({
    document: args.document, area: args.area, country: args.country, asOf: args["as-of"], since: args.since, internal: args.internal ? "1" : undefined,
  });
  if (notices.length) throw new UsageError(notices.map((notice) => t(`reports.notices.${notice}`)).join("\n"));
  const report = await getStatusReport(params);
  if (args.format === "pdf") await renderPdfInChild(JSON.stringify(report), locale, args.out);
  else await pipeline(reportXlsx(report, t, locale) as Readable, createWriteStream(args.out));
  console.log(`Wrote ${args.out}: ${report.summary.commitments} commitments, ${report.summary.rows} rows as of ${params.asOf}`);
}

main()
  .catch((error) => {
    console.error(error instanceof UsageError ? error.message : error);
    process.exitCode = error instanceof UsageError ? 2 : 1;
  })
  .finally(disconnect);
