import type { Readable } from "node:stream";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseCommitmentFilter } from "@/lib/commitments/schema";
import { db } from "@/lib/db";
import { createTestUser, createTrackedCommitments, unique, type TrackedCommitment } from "@/lib/test/fixtures";
import { updateColumns } from "./columns";
import { exportUpdateBatches, exportUpdateCsvRecords } from "./data";
import { createExport } from "./export";
import { csvExport, csvExportOfRecords } from "./export-csv";
import { parseExportRequest } from "./schema";
import { reportTranslator } from "./translator";

// The updates CSV is written by PostgreSQL (COPY); the same rows read back and written by
// csv-stringify must give the same bytes, whatever the text in them.

let areaSlug: string;
let commitment: TrackedCommitment;
beforeAll(async () => {
  ({ areaSlug, commitments: [commitment] } = await createTrackedCommitments({ countries: ["KZ", "UZ"] }));
});
afterAll(async () => {
  await db().$disconnect();
});

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}

async function bothWays(query: Record<string, string>, internal: boolean) {
  const filter = parseCommitmentFilter(query);
  const columns = updateColumns(internal);
  const [copied, stringified] = await Promise.all([
    readAll(csvExportOfRecords(columns.map((column) => column.name), exportUpdateCsvRecords(filter, { internal }), "notice")),
    readAll(csvExport(columns, exportUpdateBatches(filter, { internal }), "notice")),
  ]);
  return { copied: copied.toString("utf8"), stringified: stringified.toString("utf8") };
}

const triggers = ["=", "+", "-", "@", "\t", "\r", "\uFF1D", "\uFF0B", "\uFF0D", "\uFF20", "'"];
const text = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 12 }),
  fc.tuple(fc.constantFrom(...triggers, "\"", ",", "\n", "\r\n", "\\.", " "), fc.string({ unit: "grapheme", maxLength: 8 })).map(([head, tail]) => head + tail),
  fc.constantFrom("", "=HYPERLINK(\"http://x\",\"y\")", "a\nb", "测试,“引号”\r\n换行", "\"", "\\N", "x\\y"),
).map((value) => value.replaceAll("\u0000", "")); // PostgreSQL text holds no NUL

const update = fc.record({
  note: fc.option(text), internalNote: fc.option(text), author: fc.option(text), score: fc.option(fc.constantFrom(-1, 0, 1)),
  evidence: fc.array(fc.record({ title: text, url: text, grade: fc.constantFrom("A", "B", "C", "D") }), { maxLength: 2 }),
});

type Update = typeof update extends fc.Arbitrary<infer T> ? T : never;

async function insertUpdates(updates: Update[]) {
  for (const [i, u] of updates.entries()) {
    const author = u.author === null ? null : (await createTestUser("ANALYST", u.author)).id;
    const id = `copy${unique()}${i}`;
    await db().$executeRaw`
      INSERT INTO status_update (id, tracking_id, commitment_id, country_code, author_id, created_at, status_before, status,
        progress_before, progress, compliance_score, note, internal_note, tracking_version)
      VALUES (${id}, ${commitment.tracking.KZ.id}, ${commitment.id}, 'KZ', ${author}, now() + ${i} * interval '1 millisecond',
        'NOT_ASSESSED', 'IN_PROGRESS', 0, ${i % 101}, ${u.score}, ${u.note}, ${u.internalNote}, ${i + 2})`;
    for (const [j, e] of u.evidence.entries()) {
      await db().$executeRaw`INSERT INTO evidence (id, update_id, url, title, grade, event_date)
        VALUES (${`${id}e${j}`}, ${id}, ${e.url}, ${e.title}, ${e.grade}::"EvidenceGrade", ${j === 0 ? null : "2021-05-01"}::date)`;
    }
  }
}

describe("updates CSV written by PostgreSQL", () => {
  it("is byte for byte what csv-stringify writes for the same rows, whatever their text", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(update, { minLength: 1, maxLength: 6 }), fc.boolean(), async (updates, internal) => {
        await insertUpdates(updates);
        const { copied, stringified } = await bothWays({ area: areaSlug }, internal);
        expect(copied).toBe(stringified);
      }),
      { numRuns: 40 },
    );
  }, 120_000);

  it("filters by what a user typed, quotes and backslashes included", async () => {
    const everything = (await bothWays({ area: areaSlug }, false)).copied;
    expect((await bothWays({ area: areaSlug, q: commitment.code }, false)).copied).toBe(everything);
    for (const q of ["x'); SELECT 1; --", "a\\' OR 1=1", "%_\\"]) {
      const { copied, stringified } = await bothWays({ area: areaSlug, q }, false);
      expect(copied).toBe(stringified);
      expect(copied.split("\r\n")).toEqual([expect.stringContaining("notice"), expect.stringContaining("time,code"), ""]);
    }
  });

  it("gives its connection back when the reader stops early, and the next export still runs", async () => {
    // Far more than the socket buffers: the COPY is still running when the reader stops.
    await db().$executeRaw`
      INSERT INTO status_update (id, tracking_id, commitment_id, country_code, created_at, status_before, status, progress_before, progress, tracking_version, note)
      SELECT ${`stop${unique()}`} || g, ${commitment.tracking.UZ.id}, ${commitment.id}, 'UZ', timestamp '2022-01-01' + g * interval '1 second',
        'NOT_ASSESSED', 'IN_PROGRESS', 0, 1, g + 1, repeat('y', 1000)
      FROM generate_series(1, 20000) g`;
    const { t } = await reportTranslator("en");
    const pool = Number(process.env.PG_POOL_MAX);
    for (let i = 0; i < pool + 2; i++) {
      for (const format of ["csv", "json"]) {
        const file = await createExport(parseExportRequest({ area: areaSlug, format, set: "updates" }), { t });
        for await (const chunk of file.stream) if (chunk.length > 0) break; // leaving the loop destroys the stream
      }
    }
    const { stream } = await createExport(parseExportRequest({ area: areaSlug, format: "csv", set: "updates", country: "UZ" }), { t });
    expect((await readAll(stream)).toString("utf8").split("\r\n")).toHaveLength(20_000 + 2);
    const running = await db().$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND state = 'active' AND query LIKE 'COPY (%'`;
    expect(running[0].n).toBe(0);
  }, 60_000);
});
