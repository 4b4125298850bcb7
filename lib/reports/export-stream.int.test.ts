import type { Readable } from "node:stream";
import { setTimeout as sleep } from "node:timers/promises";
import v8 from "node:v8";
import vm from "node:vm";
import { parse } from "csv-parse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createTrackedCommitments } from "@/lib/test/fixtures";
import { createExport } from "./export";
import { parseExportRequest } from "./schema";
import { reportTranslator } from "./translator";

const updates = 50_000;
const noteLength = 1_000;
let areaSlug: string;

beforeAll(async () => {
  const { areaSlug: area, commitments: [commitment] } = await createTrackedCommitments({ countries: ["KZ"] });
  areaSlug = area;
  const prefix = `bulk${commitment.id}`;
  // About 50 MB of notes in all: loading them at once would show in the heap, streaming must not.
  await db().$executeRaw`
    INSERT INTO status_update (id, tracking_id, commitment_id, country_code, created_at, status_before, status, progress_before, progress, tracking_version, note)
    SELECT ${prefix} || g, t.id, t.commitment_id, t.country_code, timestamp '2021-01-01' + (g / 3) * interval '1 second',
      'NOT_ASSESSED', 'IN_PROGRESS', 0, g % 101, g + 1, repeat('x', ${noteLength})
    FROM generate_series(1, ${updates}) g, tracking t WHERE t.id = ${commitment.tracking.KZ.id}`;
});
afterAll(async () => {
  await db().$disconnect();
});

/**
 * Heap and buffers in use after a full collection: what the export holds on to, not garbage not
 * yet collected. Buffers live outside the heap, and the CSV arrives as buffers.
 */
function retainedMemory(): number {
  v8.setFlagsFromString("--expose-gc");
  const gc = vm.runInNewContext("gc") as () => void;
  gc();
  gc(); // the buffers a first collection found dead are freed only after it
  const { heapUsed, external } = process.memoryUsage();
  return heapUsed + external;
}

async function exportUpdates(format: "csv" | "json"): Promise<Readable> {
  const { t } = await reportTranslator("en");
  return (await createExport(parseExportRequest({ area: areaSlug, format, set: "updates" }), { t })).stream;
}

const expectedProgressSum = Array.from({ length: updates }, (_, i) => (i + 1) % 101).reduce((a, b) => a + b, 0);

describe("exports of many updates", () => {
  it(`CSV: streams ${updates.toLocaleString("en")} updates from PostgreSQL's COPY with bounded memory`, async () => {
    const stream = await exportUpdates("csv");
    const before = retainedMemory();
    let peak = before;
    let rows = 0;
    let progressSum = 0;
    let ordered = true;
    let previousTime = "";
    for await (const record of stream.pipe(parse({ bom: true, from_line: 2 })) as AsyncIterable<string[]>) {
      rows++;
      progressSum += Number(record[7]);
      ordered &&= record[0] >= previousTime;
      previousTime = record[0];
      if (rows % 5_000 === 2_500) peak = Math.max(peak, retainedMemory());
    }
    // Oldest first, and every update exactly once (three share each timestamp).
    expect(ordered).toBe(true);
    expect(rows).toBe(updates);
    expect(progressSum).toBe(expectedProgressSum);
    const grownMb = (peak - before) / 1024 / 1024;
    console.log(`CSV export of ${updates} updates: retained memory grew at most ${grownMb.toFixed(1)} MB`);
    // The server writes the file and the socket is read only as fast as the parser takes it:
    // a few chunks in flight. Every row at once would be over 50 MB.
    expect(grownMb).toBeLessThan(8);
  }, 120_000);

  it(`JSON: streams ${updates.toLocaleString("en")} updates through a cursor with bounded memory`, async () => {
    const stream = await exportUpdates("json");
    const before = retainedMemory();
    let peak = before;
    let chunks = 0;
    let rows = 0;
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      for (let i = chunk.indexOf("\"time\":"); i !== -1; i = chunk.indexOf("\"time\":", i + 1)) rows++;
      if (++chunks % 10 === 5) peak = Math.max(peak, retainedMemory());
      await sleep(20); // a slow download: the export waits for it instead of reading ahead
    }
    expect(rows).toBe(updates);
    const grownMb = (peak - before) / 1024 / 1024;
    console.log(`JSON export of ${updates} updates: retained memory grew at most ${grownMb.toFixed(1)} MB`);
    // Two batches of 1,000 rows (the one being written and the next, read meanwhile) are about 2 MB
    // of notes; every row at once would be over 50 MB.
    expect(grownMb).toBeLessThan(8);
  }, 120_000);
});
