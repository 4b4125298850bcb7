import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createTestUser, createTrackedCommitments } from "@/lib/test/fixtures";
import { getTrackingForCommitment, listChangeHistory, listOccurrences, listTimeline } from "./data";
import { bulkUpdateStatus, recordOccurrence, recordStatusUpdate, setTrackingOwner } from "./mutations";
import { statusUpdateSchema, type StatusUpdateInput } from "./schema";

type Analyst = Awaited<ReturnType<typeof createTestUser>>;
let analyst: Analyst;
let other: Analyst;

beforeAll(async () => {
  analyst = await createTestUser("ANALYST", "Aigerim");
  other = await createTestUser("ANALYST", "Bakyt");
});
afterAll(async () => {
  await db().$disconnect();
});

const evidence = [{ url: "https://example.org/report", title: "Ministry report", eventDate: "2021-05-01", grade: "A" as const }];
function update(commitmentId: string, countries: Record<string, number>, patch: Partial<StatusUpdateInput> = {}): StatusUpdateInput {
  return {
    commitmentId, countries: Object.entries(countries).map(([code, version]) => ({ code, version })),
    status: "IN_PROGRESS", progress: 40, complianceScore: 0, note: "Working group met.", internalNote: "Desk call", evidence, ...patch,
  };
}
const writesFor = async (trackingIds: string[]) => ({
  updates: await db().statusUpdate.count({ where: { trackingId: { in: trackingIds } } }),
  evidence: await db().evidence.count({ where: { update: { trackingId: { in: trackingIds } } } }),
  audit: await db().auditLog.count({ where: { entityId: { in: trackingIds } } }),
});

describe("recordStatusUpdate", () => {
  it("lets exactly one of 20 concurrent saves from the same version win, and loses no write", async () => {
    const { commitments: [c] } = await createTrackedCommitments({ countries: ["KZ"] });
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => recordStatusUpdate(update(c.id, { KZ: 1 }, { note: `save ${i}` }), i % 2 ? analyst : other, "127.0.0.1")),
    );
    const wins = results.filter((r) => r.ok);
    expect(wins).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.reason === "conflict")).toHaveLength(19);
    const tracking = await db().tracking.findUniqueOrThrow({ where: { id: c.tracking.KZ.id } });
    expect(tracking).toMatchObject({ version: 2, status: "IN_PROGRESS", progress: 40, hasEvidence: true });
    const saved = await db().statusUpdate.findMany({ where: { trackingId: tracking.id } });
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({ statusBefore: "NOT_ASSESSED", progressBefore: 0, trackingVersion: 2 });
    expect(await writesFor([tracking.id])).toEqual({ updates: 1, evidence: 1, audit: 1 });
    // Every loser is told what the winner saved.
    const loser = results.find((r) => !r.ok);
    expect(loser).toMatchObject({ reason: "conflict", commitmentCode: c.code });
    if (loser?.ok === false && loser.reason === "conflict") {
      expect(loser.conflicts).toEqual([
        expect.objectContaining({ countryCode: "KZ", yourVersion: 1, current: expect.objectContaining({ version: 2, status: "IN_PROGRESS" }) }),
      ]);
      expect(loser.conflicts[0].changes).toEqual([expect.objectContaining({ note: saved[0].note, statusBefore: "NOT_ASSESSED", status: "IN_PROGRESS" })]);
      expect(["Aigerim", "Bakyt"]).toContain(loser.conflicts[0].changes[0].authorName);
    }
  });

  it("never deadlocks when concurrent saves pick the same countries in different orders", async () => {
    const { commitments: [c] } = await createTrackedCommitments({ countries: ["KZ", "UZ", "TJ"] });
    const orders: Record<string, number>[] = [{ KZ: 1, UZ: 1, TJ: 1 }, { TJ: 1, UZ: 1, KZ: 1 }, { UZ: 1, TJ: 1 }, { TJ: 1, KZ: 1 }];
    const results = await Promise.all(Array.from({ length: 12 }, (_, i) => recordStatusUpdate(update(c.id, orders[i % 4]), analyst, null)));
    expect(results.every((r) => r.ok || r.reason === "conflict")).toBe(true);
    const ids = Object.values(c.tracking).map((t) => t.id);
    const rows = await db().tracking.findMany({ where: { id: { in: ids } } });
    const { updates, audit } = await writesFor(ids);
    // Every successful save moved each of its rows exactly once, with one update and one audit entry.
    expect(rows.reduce((sum, row) => sum + row.version - 1, 0)).toBe(updates);
    expect(audit).toBe(updates);
    expect(rows.every((row) => row.version <= 2)).toBe(true);
  });

  it("writes nothing for input that fails validation or for a conflict", async () => {
    const { commitments: [c] } = await createTrackedCommitments({ countries: ["KZ"] });
    const ids = [c.tracking.KZ.id];
    const tampered = { commitmentId: c.id, countries: "KZ", versions: '{"KZ":1}', status: "COMPLETED", authorId: other.id };
    expect(statusUpdateSchema.safeParse(tampered).success).toBe(false);
    expect(await recordStatusUpdate(update(c.id, { KZ: 7 }), analyst, null)).toMatchObject({ ok: false, reason: "conflict" });
    expect(await writesFor(ids)).toEqual({ updates: 0, evidence: 0, audit: 0 });
    expect(await db().tracking.findUniqueOrThrow({ where: { id: ids[0] } })).toMatchObject({ version: 1, status: "NOT_ASSESSED" });
  });

  it("saves several countries with one update, its evidence and one audit entry per tracking row", async () => {
    const { commitments: [c] } = await createTrackedCommitments({ countries: ["KZ", "UZ", "TJ"] });
    const result = await recordStatusUpdate(update(c.id, { KZ: 1, UZ: 1, TJ: 1 }, { status: "COMPLETED", progress: 100, complianceScore: 1 }), analyst, "10.0.0.1");
    expect(result).toEqual({ ok: true, commitmentCode: c.code, versions: { KZ: 2, UZ: 2, TJ: 2 } });
    const ids = Object.values(c.tracking).map((t) => t.id);
    expect(await writesFor(ids)).toEqual({ updates: 3, evidence: 3, audit: 3 });
    const audit = await db().auditLog.findMany({ where: { entityId: { in: ids } } });
    expect(audit.map((a) => [a.action, a.entityType, a.actorId, a.ip])).toEqual(Array(3).fill(["tracking.update", "tracking", analyst.id, "10.0.0.1"]));
    expect(audit[0].before).toMatchObject({ status: "NOT_ASSESSED", version: 1 });
    expect(audit[0].after).toMatchObject({ status: "COMPLETED", progress: 100, version: 2 });
  });

  it("is all or nothing when one of several countries moved on", async () => {
    const { commitments: [c] } = await createTrackedCommitments({ countries: ["KZ", "UZ"] });
    await recordStatusUpdate(update(c.id, { KZ: 1 }, { note: "Bakyt's change" }), other, null);
    const result = await recordStatusUpdate(update(c.id, { KZ: 1, UZ: 1 }, { status: "STALLED", progress: null }), analyst, null);
    expect(result.ok).toBe(false);
    if (!result.ok && result.reason === "conflict") {
      expect(result.conflicts.map((x) => x.countryCode)).toEqual(["KZ"]);
      expect(result.conflicts[0].changes[0]).toMatchObject({ authorName: "Bakyt", note: "Bakyt's change" });
    }
    expect(await writesFor([c.tracking.UZ.id])).toEqual({ updates: 0, evidence: 0, audit: 0 });
    expect(await db().tracking.findUniqueOrThrow({ where: { id: c.tracking.UZ.id } })).toMatchObject({ version: 1, status: "NOT_ASSESSED" });
    // Re-applied on top of the current versions, it goes through; STALLED keeps each country's progress.
    const again = await recordStatusUpdate(update(c.id, { KZ: 2, UZ: 1 }, { status: "STALLED", progress: null, evidence: [] }), analyst, null);
    expect(again).toMatchObject({ ok: true, versions: { KZ: 3, UZ: 2 } });
    const rows = await db().tracking.findMany({ where: { commitmentId: c.id }, orderBy: { countryCode: "asc" } });
    expect(rows.map((r) => [r.countryCode, r.status, r.progress, r.hasEvidence])).toEqual([["KZ", "STALLED", 40, false], ["UZ", "STALLED", 0, false]]);
  });

  it("refuses a country the commitment does not track", async () => {
    const { commitments: [c] } = await createTrackedCommitments({ countries: ["KZ"] });
    expect(await recordStatusUpdate(update(c.id, { KZ: 1, TM: 1 }), analyst, null)).toEqual({ ok: false, reason: "notFound" });
    expect(await writesFor([c.tracking.KZ.id])).toEqual({ updates: 0, evidence: 0, audit: 0 });
  });
});

describe("occurrences, owners and bulk updates", () => {
  it("marks an occurrence held once, refusing a stale second attempt", async () => {
    const { commitments: [c] } = await createTrackedCommitments({
      countries: ["KZ"],
      occurrences: [{ period: "2020", expectedBy: new Date("2020-12-31") }, { period: "2021", expectedBy: new Date("2021-12-31") }],
    });
    const [first] = await listOccurrences(c.id);
    expect(first).toMatchObject({ period: "2020", status: "PENDING", overdue: true, version: 1 });
    const input = { occurrenceId: first.id, version: 1, status: "HELD" as const, heldOn: "2020-07-16", venue: "视频会议", note: null, evidence };
    expect(await recordOccurrence(input, analyst, null)).toEqual({ ok: true, commitmentCode: c.code, version: 2 });
    const stale = await recordOccurrence({ ...input, status: "MISSED", heldOn: null }, other, null);
    expect(stale).toMatchObject({ ok: false, reason: "conflict", current: { status: "HELD", version: 2 } });
    const [held] = await listOccurrences(c.id);
    expect(held).toMatchObject({ status: "HELD", venueZh: "视频会议", venueEn: null, overdue: false });
    expect(held.evidence).toHaveLength(1);
    expect(await db().auditLog.count({ where: { entityId: first.id, action: "occurrence.update" } })).toBe(1);
  });

  it("assigns an owner at the version seen, audited, and refuses viewers and stale versions", async () => {
    const { commitments: [c] } = await createTrackedCommitments({ countries: ["KZ"] });
    const row = { trackingId: c.tracking.KZ.id, version: 1 };
    const admin = await createTestUser("ADMIN");
    const viewer = await createTestUser("VIEWER");
    expect(await setTrackingOwner({ rows: [row], ownerId: viewer.id }, admin, null)).toEqual({ ok: false, reason: "invalidOwner" });
    expect(await setTrackingOwner({ rows: [row], ownerId: analyst.id }, admin, null)).toMatchObject({ ok: true, changed: 1, commitmentCodes: [c.code] });
    expect(await setTrackingOwner({ rows: [row], ownerId: other.id }, admin, null)).toEqual({ ok: false, reason: "conflict" });
    const [card] = await getTrackingForCommitment(c.id);
    expect(card).toMatchObject({ owner: { name: "Aigerim" }, version: 2 });
    expect(await db().auditLog.count({ where: { entityId: row.trackingId, action: "tracking.owner" } })).toBe(1);
  });

  it("accounts for every selected pair in a bulk update", async () => {
    const { commitments } = await createTrackedCommitments({ count: 3, countries: ["KZ", "UZ"] });
    const [a, b, c] = commitments;
    await recordStatusUpdate(update(a.id, { KZ: 1 }, { status: "COMPLETED", progress: 100 }), analyst, null);
    const result = await bulkUpdateStatus(
      { commitmentIds: [a.id, b.id, c.id], countries: ["KZ", "UZ", "TM"], status: "COMPLETED", ownerId: undefined, note: "Bulk review" },
      analyst,
      null,
    );
    expect(result).toMatchObject({ ok: true, requested: 9, changed: 5, unchanged: 1, notTracked: 3 });
    const ids = commitments.flatMap((x) => Object.values(x.tracking).map((t) => t.id));
    expect(await db().auditLog.count({ where: { entityId: { in: ids }, action: "tracking.bulk_update" } })).toBe(5);
    expect(await db().statusUpdate.count({ where: { trackingId: { in: ids }, note: "Bulk review" } })).toBe(5);
    expect(await db().tracking.count({ where: { id: { in: ids }, status: "COMPLETED", progress: 100 } })).toBe(6);
  });

  it("assigns owners in bulk, auditing only the rows that change, and refuses a disabled owner", async () => {
    const { commitments: [a, b] } = await createTrackedCommitments({ count: 2, countries: ["KZ", "UZ"] });
    const admin = await createTestUser("ADMIN");
    const input = { commitmentIds: [a.id, b.id], countries: ["KZ"], status: undefined, note: null };
    expect(await bulkUpdateStatus({ ...input, ownerId: analyst.id }, admin, null)).toMatchObject({ ok: true, requested: 2, changed: 2, unchanged: 0 });
    expect(await bulkUpdateStatus({ ...input, ownerId: analyst.id }, admin, null)).toMatchObject({ ok: true, changed: 0, unchanged: 2 });
    expect(await db().statusUpdate.count({ where: { commitmentId: { in: [a.id, b.id] } } })).toBe(0);
    expect(await db().auditLog.count({ where: { entityId: { in: [a.tracking.KZ.id, b.tracking.KZ.id] } } })).toBe(2);
    const gone = await createTestUser("ANALYST");
    await db().user.update({ where: { id: gone.id }, data: { disabledAt: new Date() } });
    expect(await bulkUpdateStatus({ ...input, ownerId: gone.id }, admin, null)).toEqual({ ok: false, reason: "invalidOwner" });
  });
});

describe("reads", () => {
  it("show cards with the latest evidence, a timeline without internal notes unless asked, and the change history", async () => {
    const { commitments: [c] } = await createTrackedCommitments({ countries: ["KZ", "UZ"] });
    await recordStatusUpdate(update(c.id, { KZ: 1 }), analyst, null);
    const later = [{ ...evidence[0], url: "https://example.org/later", eventDate: "2022-01-10" }];
    await recordStatusUpdate(update(c.id, { KZ: 2 }, { status: "SUBSTANTIAL", progress: 75, evidence: later }), other, null);
    const cards = await getTrackingForCommitment(c.id);
    expect(cards.map((card) => card.country.code)).toEqual(["KZ", "UZ"]);
    expect(cards[0].latestEvidence).toMatchObject({ url: "https://example.org/later", grade: "A", eventDate: new Date("2022-01-10T00:00:00Z") });
    expect(cards[1].latestEvidence).toBeNull();
    const publicTimeline = await listTimeline(c.id);
    expect(publicTimeline.map((e) => [e.author?.name, e.status])).toEqual([["Bakyt", "SUBSTANTIAL"], ["Aigerim", "IN_PROGRESS"]]);
    expect(publicTimeline[0]).not.toHaveProperty("internalNote");
    expect((await listTimeline(c.id, { includeInternal: true, limit: 1 }))[0]).toMatchObject({ internalNote: "Desk call" });
    const history = await listChangeHistory([c.id, c.tracking.KZ.id]);
    expect(history.map((h) => [h.action, h.actor])).toEqual([["tracking.update", "Bakyt"], ["tracking.update", "Aigerim"]]);
  });
});
