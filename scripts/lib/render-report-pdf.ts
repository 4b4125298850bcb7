// Child of scripts/report.ts: renders the status report it receives as JSON on stdin into a PDF.
// It runs without the react-server condition, which @react-pdf/renderer's React reconciler needs.
// usage: tsx scripts/lib/render-report-pdf.ts LOCALE OUT_FILE < report.json
import { writeFile } from "node:fs/promises";
import type { StatusReport } from "@/lib/reports/report-model";
import { renderReportPdf } from "@/lib/reports/report-pdf";

async function main() {
  const [locale, out] = process.argv.slice(2);
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const report = JSON.parse(Buffer.concat(chunks).toString("utf8")) as StatusReport;
  await writeFile(out, await renderReportPdf(report, locale));
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
