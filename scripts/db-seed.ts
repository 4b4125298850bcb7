// npm run db:seed [-- --demo]: loads prisma/data (reference data and every document file) into the
// database, idempotently. --demo also creates the demo accounts (used by `npm run demo`).
import { upsertCommitmentLinks, upsertReferenceData, upsertSourceDocument } from "@/lib/documents/mutations";
import { loadAllSourceDocuments, loadReferenceData, SourceDataError } from "@/lib/documents/load-source";
import { demoAccounts, demoPassword } from "@/lib/demo";
import { syncDemoAccounts } from "@/lib/users/mutations";
import { disconnect } from "./lib/script-db";

async function main() {
  const demo = process.argv.includes("--demo");
  const reference = loadReferenceData();
  const documents = loadAllSourceDocuments(undefined, reference);
  await upsertReferenceData(reference);
  for (const loaded of documents) {
    const report = await upsertSourceDocument(loaded);
    const kept = report.kept.length ? `; kept ${report.kept.length} not in the file (${report.kept.join(", ")})` : "";
    console.log(`${loaded.file}: ${report.created} commitments created, ${report.updated} updated${kept}`);
  }
  await upsertCommitmentLinks(documents.map((d) => d.document));
  await syncDemoAccounts(demoAccounts, demoPassword, demo);
  if (demo) console.log(`Demo accounts ready: ${demoAccounts.map((a) => a.email).join(", ")}`);
}

main()
  .catch((error) => {
    console.error(error instanceof SourceDataError ? `Seed data error: ${error.message}` : error);
    process.exitCode = 1;
  })
  .finally(disconnect);
