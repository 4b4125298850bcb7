import "server-only";
import { writeAudit, type AuditEntry } from "@/lib/audit/mutations";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { LoadedSourceDocument } from "./load-source";
import { expectedPeriods } from "./recurrence";
import type { ReferenceData, SourceCommitment, SourceDocument } from "./source-schema";

type Tx = Prisma.TransactionClient;
export type SeedReport = { document: string; created: number; updated: number; kept: string[] };

const upper = <T extends string>(value: string) => value.toUpperCase() as T;
const day = (iso: string | null | undefined) => (iso ? new Date(`${iso}T00:00:00Z`) : null);

export async function upsertReferenceData(reference: ReferenceData): Promise<void> {
  await db().$transaction(async (tx) => {
    for (const c of reference.countries) {
      const data = { nameZh: c.name.zh, nameEn: c.name.en, nameRu: c.name.ru, sortOrder: c.order };
      await tx.country.upsert({ where: { code: c.code }, create: { code: c.code, ...data }, update: data });
    }
    for (const a of reference.areas) {
      const data = { nameZh: a.name.zh, nameEn: a.name.en, nameRu: a.name.ru, sortOrder: a.order };
      await tx.area.upsert({ where: { slug: a.slug }, create: { slug: a.slug, ...data }, update: data });
    }
  });
}

function documentFields(doc: SourceDocument, rawText: string) {
  return {
    codePrefix: doc.codePrefix,
    titleZh: doc.title.zh,
    titleEn: doc.title.en,
    date: day(doc.date)!,
    type: upper<"JOINT_STATEMENT">(doc.type),
    formatZh: doc.format.zh,
    formatEn: doc.format.en,
    venueZh: doc.venue.zh,
    venueEn: doc.venue.en,
    language: doc.language,
    sourceUrl: doc.source.url,
    sourcePublisher: `${doc.source.publisher} / ${doc.source.originalPublisher}`,
    sourceNote: doc.source.note ?? null,
    fullText: doc.text,
    rawText,
  };
}

function commitmentFields(c: SourceCommitment, position: number) {
  const [section, paragraph] = c.sentence.split(".");
  return {
    sectionRef: section,
    paragraphRef: `${section}.${paragraph}`,
    quote: c.quote,
    startOffset: c.start,
    endOffset: c.end,
    translationEn: c.translation,
    titleZh: c.title.zh,
    titleEn: c.title.en,
    areaSlug: c.area,
    type: upper<"MECHANISM">(c.type),
    strength: upper<"DECIDED">(c.strength),
    cue: c.cue,
    recurrence: c.recurrence ? upper<"ANNUAL">(c.recurrence.frequency) : null,
    firstPeriod: c.recurrence?.firstPeriod ?? null,
    recurrenceNote: c.recurrence?.note ?? null,
    dueDate: day(c.dueDate),
    position,
  };
}

/** Only the fields that differ, so that an unchanged file writes nothing and bumps no version. */
function changedFields<T extends Record<string, unknown>>(current: Record<string, unknown>, next: T): Partial<T> {
  const same = (a: unknown, b: unknown) =>
    a instanceof Date && b instanceof Date ? a.getTime() === b.getTime() : a === b;
  return Object.fromEntries(Object.entries(next).filter(([key, value]) => !same(current[key], value))) as Partial<T>;
}

async function upsertStructure(tx: Tx, documentId: string, doc: SourceDocument) {
  const sentenceIds = new Map<string, string>();
  for (const [si, section] of doc.sections.entries()) {
    const sectionData = { labelZh: section.label.zh, labelEn: section.label.en, position: si, startOffset: section.start, endOffset: section.end };
    const { id: sectionId } = await tx.section.upsert({
      where: { documentId_key: { documentId, key: section.key } },
      create: { documentId, key: section.key, ...sectionData },
      update: sectionData,
    });
    for (const [pi, paragraph] of section.paragraphs.entries()) {
      const paragraphData = { sectionId, position: pi, startOffset: paragraph.start, endOffset: paragraph.end };
      const { id: paragraphId } = await tx.paragraph.upsert({
        where: { documentId_key: { documentId, key: paragraph.key } },
        create: { documentId, key: paragraph.key, ...paragraphData },
        update: paragraphData,
      });
      for (const [ti, sentence] of paragraph.sentences.entries()) {
        const sentenceData = {
          paragraphId, position: ti, kind: upper<"COMMITMENT">(sentence.kind), startOffset: sentence.start,
          endOffset: sentence.end, text: sentence.text, translationEn: sentence.translation || null,
        };
        const { id } = await tx.sentence.upsert({
          where: { documentId_key: { documentId, key: sentence.key } },
          create: { documentId, key: sentence.key, ...sentenceData },
          update: sentenceData,
        });
        sentenceIds.set(sentence.key, id);
      }
    }
  }
  // Structure is data about the text, not history: keys gone from the file go from the database.
  const keys = (list: { key: string }[]) => list.map((item) => item.key);
  const paragraphs = doc.sections.flatMap((s) => s.paragraphs);
  await tx.sentence.deleteMany({ where: { documentId, key: { notIn: keys(paragraphs.flatMap((p) => p.sentences)) } } });
  await tx.paragraph.deleteMany({ where: { documentId, key: { notIn: keys(paragraphs) } } });
  await tx.section.deleteMany({ where: { documentId, key: { notIn: keys(doc.sections) } } });
  return sentenceIds;
}

async function syncParties(tx: Tx, commitmentId: string, c: SourceCommitment) {
  const wanted = [
    ...c.committing.map((code) => ({ countryCode: code, role: "COMMITTING" as const })),
    ...c.beneficiaries.map((code) => ({ countryCode: code, role: "BENEFICIARY" as const })),
  ];
  const current = await tx.commitmentParty.findMany({ where: { commitmentId } });
  const key = (p: { countryCode: string; role: string }) => `${p.countryCode}:${p.role}`;
  if (current.map(key).sort().join() !== wanted.map(key).sort().join()) {
    await tx.commitmentParty.deleteMany({ where: { commitmentId } });
    await tx.commitmentParty.createMany({ data: wanted.map((p) => ({ commitmentId, ...p })) });
  }
  // One tracking row per party involved; existing rows (and their history) are never touched.
  const countries = [...new Set(wanted.map((p) => p.countryCode))];
  await tx.tracking.createMany({ data: countries.map((countryCode) => ({ commitmentId, countryCode })), skipDuplicates: true });
}

async function syncOccurrences(tx: Tx, commitmentId: string, c: SourceCommitment, doc: SourceDocument) {
  if (!c.recurrence) return;
  const recorded = new Map(doc.occurrences.filter((o) => o.commitment === c.code).map((o) => [o.period, o]));
  const periods = expectedPeriods(c.recurrence, new Date());
  for (const period of recorded.keys()) {
    if (!periods.some((p) => p.period === period)) periods.push({ period, expectedBy: day(`${period.slice(0, 4)}-12-31`)! });
  }
  const existing = new Map((await tx.occurrence.findMany({ where: { commitmentId } })).map((o) => [o.period, o]));
  for (const { period, expectedBy } of periods) {
    const o = recorded.get(period);
    const data = {
      expectedBy,
      ...(o && {
        status: upper<"HELD">(o.status),
        heldOn: day(o.heldOn),
        venueZh: o.venue?.zh ?? null,
        venueEn: o.venue?.en ?? null,
        note: o.note ?? null,
      }),
    };
    const current = existing.get(period);
    // Only what the file records is written, and only when it differs: an unchanged file writes nothing.
    const occurrence = !current
      ? await tx.occurrence.create({ data: { commitmentId, period, ...data } })
      : Object.keys(changedFields(current, data)).length > 0
        ? await tx.occurrence.update({ where: { id: current.id }, data: { ...data, version: { increment: 1 } } })
        : current;
    if (!o) continue;
    const known = new Set((await tx.evidence.findMany({ where: { occurrenceId: occurrence.id } })).map((e) => e.url));
    const fresh = o.evidence.filter((e) => !known.has(e.url));
    if (fresh.length === 0) continue;
    await tx.evidence.createMany({
      data: fresh.map((e) => ({ occurrenceId: occurrence.id, url: e.url, title: e.title, eventDate: day(e.eventDate), grade: e.grade })),
    });
  }
}

/** Who writes a document, and the verb of its audit actions: "seed" (the data files) or "import" (an admin). */
export type DocumentWriter = { actor: AuditEntry["actor"]; ip?: string | null; verb: "seed" | "import" };
const seedWriter: DocumentWriter = { actor: null, verb: "seed" };

/**
 * Writes one validated document inside the caller's transaction, idempotently: rows are matched by
 * their stable keys (slug, section/paragraph/sentence keys, commitment codes), unchanged rows are
 * not written, changed commitments get a new version and an audit entry, and nothing that analysts
 * logged (tracking rows, updates, evidence) is ever removed. Commitments missing from the file are
 * kept and reported, since they may carry history. Shared by the seed and the statement importer.
 */
export async function writeSourceDocument(
  tx: Tx,
  { document: doc, rawText }: Pick<LoadedSourceDocument, "document" | "rawText">,
  writer: DocumentWriter = seedWriter,
): Promise<SeedReport & { documentId: string }> {
  const audit = (entry: Omit<AuditEntry, "actor" | "ip">) => writeAudit(tx, { ...entry, actor: writer.actor, ip: writer.ip ?? null });
  const report: SeedReport = { document: doc.slug, created: 0, updated: 0, kept: [] };
  const fields = documentFields(doc, rawText);
  const existing = await tx.document.findUnique({ where: { slug: doc.slug } });
  const document = existing
    ? await tx.document.update({ where: { id: existing.id }, data: changedFields(existing, fields) })
    : await tx.document.create({ data: { slug: doc.slug, ...fields } });
  if (!existing) await audit({ action: `document.${writer.verb}`, entityType: "document", entityId: document.id, after: { slug: doc.slug } });
  await tx.documentParty.createMany({ data: doc.parties.map((countryCode) => ({ documentId: document.id, countryCode })), skipDuplicates: true });
  const sentenceIds = await upsertStructure(tx, document.id, doc);

  for (const [position, c] of doc.commitments.entries()) {
    const next = { ...commitmentFields(c, position), sentenceId: sentenceIds.get(c.sentence) ?? null };
    const current = await tx.commitment.findUnique({ where: { code: c.code } });
    if (!current) {
      const created = await tx.commitment.create({ data: { code: c.code, documentId: document.id, ...next } });
      await audit({ action: `commitment.${writer.verb}`, entityType: "commitment", entityId: created.id, after: { code: c.code, ...next } });
      report.created++;
    } else {
      const diff = changedFields(current, next);
      if (Object.keys(diff).length > 0) {
        await tx.commitment.update({ where: { id: current.id }, data: { ...diff, version: { increment: 1 } } });
        const before = Object.fromEntries(Object.keys(diff).map((key) => [key, current[key as keyof typeof current]]));
        await audit({ action: `commitment.${writer.verb}_update`, entityType: "commitment", entityId: current.id, before, after: diff });
        report.updated++;
      }
    }
    const { id } = await tx.commitment.findUniqueOrThrow({ where: { code: c.code }, select: { id: true } });
    await syncParties(tx, id, c);
    await syncOccurrences(tx, id, c, doc);
  }
  const codes = new Set(doc.commitments.map((c) => c.code));
  const stored = await tx.commitment.findMany({ where: { documentId: document.id }, select: { code: true } });
  report.kept = stored.map((c) => c.code).filter((code) => !codes.has(code));
  return { ...report, documentId: document.id };
}

/** Loads one document file into the database in its own transaction (the seed). */
export async function upsertSourceDocument(loaded: LoadedSourceDocument): Promise<SeedReport> {
  const result = await db().$transaction((tx) => writeSourceDocument(tx, loaded), { timeout: 120_000 });
  return { document: result.document, created: result.created, updated: result.updated, kept: result.kept };
}

/** Links are loaded after every document, since a link may point into a later file. */
export async function upsertCommitmentLinks(docs: SourceDocument[]): Promise<void> {
  const links = docs.flatMap((doc) => doc.commitments.flatMap((c) => c.links.map((link) => ({ from: c.code, ...link }))));
  if (links.length === 0) return;
  await db().$transaction(async (tx) => {
    const ids = new Map(
      (await tx.commitment.findMany({ where: { code: { in: links.flatMap((l) => [l.from, l.target]) } }, select: { id: true, code: true } })).map((c) => [c.code, c.id]),
    );
    for (const link of links) {
      const fromId = ids.get(link.from)!;
      const toId = ids.get(link.target)!;
      const type = upper<"REAFFIRMS">(link.type);
      await tx.commitmentLink.upsert({
        where: { fromId_toId_type: { fromId, toId, type } },
        create: { fromId, toId, type, note: link.note ?? null },
        update: { note: link.note ?? null },
      });
    }
  });
}
