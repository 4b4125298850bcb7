import { describe, expect, it } from "vitest";
import { createdTrackingState, verifyTrackingRows, type StoredTracking, type TrackingAuditEntry } from "./replay";

const at = "2021-05-01T10:00:00.000Z";
const row = (patch: Partial<StoredTracking> = {}): StoredTracking => ({ id: "t1", ...createdTrackingState, ...patch });
const entry = (id: number, before: object, after: object): TrackingAuditEntry => ({ id: BigInt(id), entityId: "t1", action: "tracking.update", before, after });
const first = entry(1, { ...createdTrackingState, id: "t1" }, { ...createdTrackingState, id: "t1", status: "IN_PROGRESS", progress: 40, lastUpdateAt: at, version: 2 });

describe("replaying tracking rows from their audit entries", () => {
  it("accepts a row never changed, and a row whose entries lead to it (dates as stored)", () => {
    expect(verifyTrackingRows([row()], [])).toEqual([]);
    const stored = row({ status: "IN_PROGRESS", progress: 40, lastUpdateAt: new Date(at), version: 2 });
    expect(verifyTrackingRows([stored], [first])).toEqual([]);
  });

  it("folds entries in id order, whatever order they arrive in", () => {
    const second = entry(2, first.after as object, { ...(first.after as object), ownerId: "u1", version: 3 });
    expect(verifyTrackingRows([row({ status: "IN_PROGRESS", progress: 40, lastUpdateAt: at, ownerId: "u1", version: 3 })], [second, first])).toEqual([]);
  });

  it("names a stored value the history does not explain", () => {
    expect(verifyTrackingRows([row({ status: "COMPLETED", progress: 40, lastUpdateAt: at, version: 2 })], [first])).toEqual([
      { kind: "differs", trackingId: "t1", field: "status", replayed: "IN_PROGRESS", stored: "COMPLETED" },
    ]);
  });

  it("names an entry that starts from a state the history never reached", () => {
    const jumped = entry(2, { ...(first.after as object), progress: 55 }, { ...(first.after as object), progress: 60, version: 3 });
    expect(verifyTrackingRows([row({ status: "IN_PROGRESS", progress: 60, lastUpdateAt: at, version: 3 })], [first, jumped])).toEqual([
      { kind: "gap", trackingId: "t1", auditId: "2", field: "progress", replayed: 40, recorded: 55 },
    ]);
  });

  it("reports a field the last entry did not record as unknown, not as equal", () => {
    const withoutDate: Record<string, unknown> = { ...(first.after as object) };
    delete withoutDate.lastUpdateAt;
    expect(verifyTrackingRows([row({ status: "IN_PROGRESS", progress: 40, lastUpdateAt: at, version: 2 })], [{ ...first, after: withoutDate }])).toEqual([
      { kind: "unknown", trackingId: "t1", field: "lastUpdateAt" },
    ]);
  });
});
