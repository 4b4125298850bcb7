// The seed against a real PostgreSQL: offsets hold in the database, the load is idempotent, and an
// edited file updates in place without touching what analysts logged.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { loadAllSourceDocuments, loadReferenceData, type LoadedSourceDocument } from "./load-source";
import { upsertCommitmentLinks, upsertReferenceData, upsertSourceDocument } from "./mutations";

const reference = loadReferenceData();
const loaded = loadAllSourceDocuments(undefined, reference);
const slugs = loaded.map((item) => item.document.slug);

async function seedAll() {
  await upsertReferenceData(reference);
  for (const item of loaded) await upsertSourceDocument(item);
  await upsertCommitmentLinks(loaded.map((item) => item.document));
}

async function rowCounts(): Promise<Record<string, number>> {
  const tables = await db().$queryRaw<{ name: string }[]>`
    SELECT table_name AS name FROM information_schema.tables
    WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'
    ORDER BY table_name`;
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    const [{ count }] = await db().$queryRawUnsafe<{ count: number }[]>(`SELECT count(*)::int AS count FROM "${name}"`);
    counts[name] = count;
  }
  return counts;
}

async function commitmentState() {
  const rows = await db().commitment.findMany({ select: { code: true, version: true, updatedAt: true }, orderBy: { code: "asc" } });
  return rows.map((row) => ({ ...row, updatedAt: row.updatedAt.toISOString() }));
}

/** A copy of a loaded document under a fresh slug, prefix and codes, so that edits stay in this file. */
function isolatedCopy(item: LoadedSourceDocument): LoadedSourceDocument {
  const copy = structuredClone(item);
  const prefix = `IT-${randomBytes(4).toString("hex").toUpperCase()}`;
  const recode = (code: string) => code.replace(item.document.codePrefix, prefix);
  copy.document.slug = `seed-test-${prefix.toLowerCase()}`;
  copy.document.codePrefix = prefix;
  copy.document.commitments = copy.document.commitments.map((c) => ({ ...c, code: recode(c.code), links: [] }));
  copy.document.occurrences = copy.document.occurrences.map((o) => ({ ...o, commitment: recode(o.commitment) }));
  return copy;
}

const copies: string[] = [];

beforeAll(async () => {
  await seedAll();
});

afterAll(async () => {
  if (copies.length) await db().document.deleteMany({ where: { slug: { in: copies } } });
  await db().$disconnect();
});

describe("the seeded documents", () => {
  it("store every quote at its offsets, counted by PostgreSQL in characters", async () => {
    const rows = await db().$queryRaw<{ code: string; quote: string; stored: string }[]>`
      SELECT c.code, c.quote, substring(d.full_text from c.start_offset + 1 for c.end_offset - c.start_offset) AS stored
      FROM commitment c JOIN document d ON d.id = c.document_id
      WHERE d.slug = ANY(${slugs})`;
    expect(rows.length).toBe(loaded.reduce((sum, item) => sum + item.document.commitments.length, 0));
    expect(rows.filter((row) => row.stored !== row.quote)).toEqual([]);
  });

  it("store every sentence exactly once, with its kind, at its offsets, without overlap", async () => {
    for (const { document } of loaded) {
      const expected = document.sections.flatMap((s) => s.paragraphs.flatMap((p) => p.sentences));
      const stored = await db().$queryRaw<{ key: string; kind: string; matches: boolean; overlaps: boolean }[]>`
        SELECT s.key, s.kind::text AS kind,
          s.text = substring(d.full_text from s.start_offset + 1 for s.end_offset - s.start_offset) AS matches,
          coalesce(lag(s.end_offset) OVER (ORDER BY s.start_offset) > s.start_offset, false) AS overlaps
        FROM sentence s JOIN document d ON d.id = s.document_id
        WHERE d.slug = ${document.slug}
        ORDER BY s.start_offset`;
      expect(stored.map((s) => [s.key, s.kind])).toEqual(expected.map((s) => [s.key, s.kind.toUpperCase()]));
      expect(stored.every((s) => s.matches && !s.overlaps)).toBe(true);
    }
  });

  it("change nothing when seeded again: same rows, versions and audit trail", async () => {
    const documentState = () => db().document.findMany({ select: { slug: true, version: true, updatedAt: true }, orderBy: { slug: "asc" } });
    const [counts, commitments, documents] = await Promise.all([rowCounts(), commitmentState(), documentState()]);
    await seedAll();
    expect(await rowCounts()).toEqual(counts);
    expect(await commitmentState()).toEqual(commitments);
    expect(await documentState()).toEqual(documents);
  });
});

describe("an edited document file", () => {
  it("updates the commitment in place, once, and keeps the tracking history", async () => {
    const original = isolatedCopy(loaded[0]);
    copies.push(original.document.slug);
    expect((await upsertSourceDocument(original)).created).toBe(original.document.commitments.length);

    const index = original.document.commitments.findIndex((c) => c.quote.includes("快捷通道"));
    const code = original.document.commitments[index].code;
    const commitment = await db().commitment.findUniqueOrThrow({ where: { code } });
    const tracking = await db().tracking.update({
      where: { commitmentId_countryCode: { commitmentId: commitment.id, countryCode: "KZ" } },
      data: { status: "IN_PROGRESS", progress: 40, version: { increment: 1 }, lastUpdateAt: new Date() },
    });
    const update = await db().statusUpdate.create({
      data: {
        trackingId: tracking.id, commitmentId: commitment.id, countryCode: "KZ", statusBefore: "NOT_ASSESSED",
        status: "IN_PROGRESS", progressBefore: 0, progress: 40, note: "Fast lane opened for business travellers",
        trackingVersion: tracking.version,
      },
    });
    const [countsBefore, stateBefore, auditBefore] = await Promise.all([
      rowCounts(),
      commitmentState(),
      db().auditLog.findMany({ where: { entityId: commitment.id } }),
    ]);

    const edited = structuredClone(original);
    edited.document.commitments[index].title.en = "Fast lane for business and technical staff (edited)";
    const report = await upsertSourceDocument(edited);

    expect(report).toMatchObject({ created: 0, updated: 1, kept: [] });
    const after = await db().commitment.findUniqueOrThrow({ where: { code } });
    expect(after.titleEn).toBe("Fast lane for business and technical staff (edited)");
    expect(after.version).toBe(commitment.version + 1);
    const otherVersions = (state: Awaited<ReturnType<typeof commitmentState>>) =>
      state.filter((row) => row.code !== code).map((row) => [row.code, row.version]);
    expect(otherVersions(await commitmentState())).toEqual(otherVersions(stateBefore));

    const countsAfter = await rowCounts();
    expect(countsAfter).toEqual({ ...countsBefore, audit_log: countsBefore.audit_log + 1 });
    const audit = await db().auditLog.findMany({ where: { entityId: commitment.id }, orderBy: { id: "asc" } });
    expect(audit.length).toBe(auditBefore.length + 1);
    expect(audit.at(-1)).toMatchObject({
      action: "commitment.seed_update",
      before: { titleEn: commitment.titleEn },
      after: { titleEn: "Fast lane for business and technical staff (edited)" },
    });

    expect(await db().tracking.findUniqueOrThrow({ where: { id: tracking.id } })).toMatchObject({
      status: "IN_PROGRESS",
      progress: 40,
      version: tracking.version,
    });
    expect(await db().statusUpdate.findUniqueOrThrow({ where: { id: update.id } })).toEqual(update);
  });
});
