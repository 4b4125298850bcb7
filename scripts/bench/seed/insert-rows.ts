import type pg from "pg";
import type { ReferenceData } from "@/lib/documents/source-schema";
import type { Random } from "../lib/random";
import type { BenchTracking, Catalog } from "./catalog";
import { trackingHistory, type EvidenceRow, type TrackingState, type UpdateRow } from "./history";
import { Batch, insertAll, type ColumnSpec } from "./insert";

const now = new Date().toISOString();

export async function insertCatalog(pool: pg.Pool, catalog: Catalog, reference: ReferenceData, passwordHash: string) {
  const names: ColumnSpec[] = [["name_zh", "text"], ["name_en", "text"], ["name_ru", "text"], ["sort_order", "int"]];
  await insertAll(pool, "country", [["code", "char(2)"], ...names], reference.countries, (c) => [c.code, c.name.zh, c.name.en, c.name.ru, c.order]);
  await insertAll(pool, "area", [["slug", "text"], ...names], reference.areas, (a) => [a.slug, a.name.zh, a.name.en, a.name.ru, a.order]);
  await insertAll(pool, "app_user", [["id", "text"], ["email", "text"], ["name", "text"], ["password_hash", "text"], ["role", '"Role"'], ["updated_at", "timestamp(3)"]],
    catalog.users, (u) => [u.id, u.email, u.name, passwordHash, u.role, now]);
  await insertAll(pool, "document",
    [["id", "text"], ["slug", "text"], ["code_prefix", "text"], ["title_zh", "text"], ["title_en", "text"], ["date", "date"], ["type", '"DocumentType"'],
      ["language", "varchar"], ["source_note", "text"], ["full_text", "text"], ["updated_at", "timestamp(3)"]],
    catalog.documents, (d) => [d.id, d.slug, d.prefix, d.zh, d.en, d.date, d.type, "zh", "Synthetic benchmark document (npm run bench:seed).", d.fullText, now]);
  await insertAll(pool, "document_party", [["document_id", "text"], ["country_code", "char(2)"]],
    catalog.documents.flatMap((d) => catalog.countries.map((country) => [d.id, country])), (row) => row);
  await insertAll(pool, "commitment",
    [["id", "text"], ["code", "text"], ["document_id", "text"], ["section_ref", "text"], ["paragraph_ref", "text"], ["quote", "text"], ["start_offset", "int"],
      ["end_offset", "int"], ["translation_en", "text"], ["title_zh", "text"], ["title_en", "text"], ["area_slug", "text"], ["type", '"CommitmentType"'],
      ["strength", '"Strength"'], ["recurrence", '"Recurrence"'], ["first_period", "text"], ["due_date", "date"], ["position", "int"], ["updated_at", "timestamp(3)"]],
    catalog.commitments, (c) => [c.id, c.code, catalog.documents[c.documentIndex].id, c.sectionRef, c.paragraphRef, c.quote, c.startOffset, c.endOffset,
      c.translationEn, c.titleZh, c.titleEn, c.areaSlug, c.type, c.strength, c.recurrence, c.firstPeriod, c.dueDate, c.position, now]);
  await insertAll(pool, "commitment_party", [["commitment_id", "text"], ["country_code", "char(2)"], ["role", '"PartyRole"']],
    catalog.commitments.flatMap((c) => c.parties.map((p) => [c.id, p.country, p.role])), (row) => row);
  await insertAll(pool, "occurrence",
    [["id", "text"], ["commitment_id", "text"], ["period", "text"], ["expected_by", "date"], ["status", '"OccurrenceStatus"'], ["held_on", "date"], ["updated_at", "timestamp(3)"]],
    catalog.commitments.flatMap((c) => c.occurrences.map((o) => [o.id, c.id, o.period, o.expectedBy, o.status, o.heldOn, now])), (row) => row);
  await insertAll(pool, "tracking", [["id", "text"], ["commitment_id", "text"], ["country_code", "char(2)"], ["owner_id", "text"], ["updated_at", "timestamp(3)"]],
    catalog.commitments.flatMap((c) => c.trackings), (t) => [t.id, t.commitmentId, t.country, t.ownerId, now]);
}

const updateColumns: ColumnSpec[] = [
  ["id", "text"], ["tracking_id", "text"], ["commitment_id", "text"], ["country_code", "char(2)"], ["author_id", "text"], ["created_at", "timestamp(3)"],
  ["status_before", '"Status"'], ["status", '"Status"'], ["progress_before", "int"], ["progress", "int"], ["compliance_score", "int"],
  ["note", "text"], ["internal_note", "text"], ["tracking_version", "int"],
];
const evidenceColumns: ColumnSpec[] = [["id", "text"], ["update_id", "text"], ["url", "text"], ["title", "text"], ["event_date", "date"], ["grade", '"EvidenceGrade"'], ["created_at", "timestamp(3)"]];

/**
 * Generates and writes every tracking row's history, two batches in flight at most: evidence
 * follows the updates it belongs to, and memory stays bounded whatever the number of updates.
 */
export async function insertHistory(pool: pg.Pool, trackings: BenchTracking[], counts: Map<string, number>, authors: string[], random: Random) {
  const updates = new Batch<UpdateRow>(pool, "status_update", updateColumns, (u) => [u.id, u.trackingId, u.commitmentId, u.country, u.authorId, u.createdAt,
    u.statusBefore, u.status, u.progressBefore, u.progress, u.complianceScore, u.note, u.internalNote, u.trackingVersion], 10_000);
  const evidence = new Batch<EvidenceRow & { createdAt: string }>(pool, "evidence", evidenceColumns, (e) => [e.id, e.updateId, e.url, e.title, e.eventDate, e.grade, e.createdAt]);
  const inFlight: Promise<void>[] = [];
  const write = async () => {
    if (inFlight.length >= 2) await inFlight.shift();
    const [writeUpdates, writeEvidence] = [updates.take(), evidence.take()];
    // Evidence may belong to updates of the previous batch too: it waits for both.
    const previous = inFlight.at(-1) ?? Promise.resolve();
    inFlight.push(Promise.all([writeUpdates(), previous]).then(writeEvidence));
  };
  const states: TrackingState[] = [];
  for (const tracking of trackings) {
    const history = trackingHistory(tracking, counts.get(tracking.id) ?? 0, authors, random);
    const timeOf = new Map(history.updates.map((u) => [u.id, u.createdAt]));
    for (const update of history.updates) {
      updates.add(update);
      if (updates.full) await write();
    }
    for (const row of history.evidence) evidence.add({ ...row, createdAt: timeOf.get(row.updateId)! });
    states.push(history.state);
  }
  await write();
  await Promise.all(inFlight);
  return { states, evidence: evidence.written };
}

/** Each tracking row takes the state of its latest update (rows without updates keep the defaults). */
export async function applyFinalStates(pool: pg.Pool, states: TrackingState[]) {
  const moved = states.filter((s) => s.version > 1);
  for (let i = 0; i < moved.length; i += 10_000) {
    const slice = moved.slice(i, i + 10_000);
    await pool.query(
      `UPDATE tracking t SET status = s.status, progress = s.progress, compliance_score = s.score, has_evidence = s.has_evidence,
         last_update_at = s.last_update_at, version = s.version, updated_at = s.last_update_at
       FROM unnest($1::text[], $2::"Status"[], $3::int[], $4::int[], $5::bool[], $6::timestamp(3)[], $7::int[])
         AS s(id, status, progress, score, has_evidence, last_update_at, version)
       WHERE t.id = s.id`,
      [slice.map((s) => s.id), slice.map((s) => s.status), slice.map((s) => s.progress), slice.map((s) => s.complianceScore),
        slice.map((s) => s.hasEvidence), slice.map((s) => s.lastUpdateAt), slice.map((s) => s.version)],
    );
  }
}
