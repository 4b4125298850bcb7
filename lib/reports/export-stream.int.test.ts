import v8 from "node:v8";
import vm from "node:vm";
import { parse } from "csv-parse";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createTrackedCommitments } from "@/lib/test/fixtures";
import { createExport } from "./export";
import { parseExportRequest } from "./schema";
import { reportTranslator } from "./translator";

afterAll(async () => {
  await db().$disconnect();
});

const updates = 50_000;
const noteLength = 1_000;

/** Heap in use after a full collection: what the export holds on to, not garbage not yet collected. */
function retainedHeap(): number {
  v8.setFlagsFromString("--expose-gc");
  (vm.runInNewContext("gc") as () => void)();
  return process.memoryUsage().heapUsed;
}

describe("CSV export of updates", () => {
  it(`streams ${updates.toLocaleString("en")} updates in keyset batches with bounded memory`, async () => {
    const { areaSlug, commitments: [commitment] } = await createTrackedCommitments({ countries: ["KZ"] });
    const prefix = `bulk${commitment.id}`;
    // About 50 MB of notes in all: loading them at once would show in the heap, streaming must not.
    await db().$executeRaw`
      INSERT INTO status_update (id, tracking_id, commitment_id, country_code, created_at, status_before, status, progress_before, progress, tracking_version, note)
      SELECT ${prefix} || g, t.id, t.commitment_id, t.country_code, timestamp '2021-01-01' + (g / 3) * interval '1 second',
        'NOT_ASSESSED', 'IN_PROGRESS', 0, g % 101, g + 1, repeat('x', ${noteLength})
      FROM generate_series(1, ${updates}) g, tracking t WHERE t.id = ${commitment.tracking.KZ.id}`;
    const { t } = await reportTranslator("en");
    const file = await createExport(parseExportRequest({ area: areaSlug, format: "csv", set: "updates" }), { t });
    const before = retainedHeap();
    let peak = before;
    let rows = 0;
    let progressSum = 0;
    let ordered = true;
    let previousTime = "";
    for await (const record of file.stream.pipe(parse({ bom: true, from_line: 2 })) as AsyncIterable<string[]>) {
      rows++;
      progressSum += Number(record[7]);
      ordered &&= record[0] >= previousTime;
      previousTime = record[0];
      if (rows % 5_000 === 2_500) peak = Math.max(peak, retainedHeap());
    }
    // Oldest first, and every update exactly once (three share each timestamp: batches cut through ties).
    expect(ordered).toBe(true);
    expect(rows).toBe(updates);
    expect(progressSum).toBe(Array.from({ length: updates }, (_, i) => (i + 1) % 101).reduce((a, b) => a + b, 0));
    const grownMb = (peak - before) / 1024 / 1024;
    console.log(`CSV export of ${updates} updates: retained heap grew at most ${grownMb.toFixed(1)} MB`);
    // One batch is about 5 MB of notes; all of them at once would be over 50 MB.
    expect(grownMb).toBeLessThan(30);
  }, 120_000);
});
