import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createTrackedCommitments } from "@/lib/test/fixtures";
import { statuses, type Status } from "@/lib/tracking/status";
import { changeWindow, endOfDay } from "./as-of";
import { listChanges, listTrackingAsOf } from "./data";

afterAll(async () => {
  await db().$disconnect();
});

type Event = { country: string; at: Date; status: Status; progress: number };

const countries = ["KZ", "UZ", "TJ"];
const start = Date.parse("2021-01-01T00:00:00Z");
const span = 4 * 365 * 86_400_000;
// Moments anywhere in four years, and some exactly on a midnight, where "end of day" bites.
const moment = fc.oneof(
  fc.integer({ min: 0, max: span }).map((offset) => new Date(start + offset)),
  fc.integer({ min: 0, max: 4 * 365 }).map((days) => new Date(start + days * 86_400_000)),
);
const day = fc.integer({ min: -30, max: 4 * 365 + 30 }).map((days) => new Date(start + days * 86_400_000).toISOString().slice(0, 10));
/** Report days, and a history with updates anywhere and right at the edges of those days. */
const scenario = fc.array(day, { minLength: 1, maxLength: 4 }).chain((days) => {
  const edges = days.flatMap((d) => [-1, 0, 1].map((ms) => new Date(endOfDay(d).getTime() + ms)));
  const at = fc.oneof(moment, fc.constantFrom(...edges));
  const event = fc.record({ country: fc.constantFrom(...countries), at, status: fc.constantFrom(...statuses), progress: fc.integer({ min: 0, max: 100 }) });
  return fc.tuple(fc.array(event, { maxLength: 25 }), fc.constant(days));
});

/** The oracle: replay the history in time order and stop at the bound. */
function replay(history: (Event & { version: number })[], bound: Date) {
  const state = new Map(countries.map((country) => [country, { status: "NOT_ASSESSED" as Status, progress: 0 }]));
  const ordered = [...history].sort((a, b) => a.at.getTime() - b.at.getTime() || a.version - b.version);
  for (const entry of ordered) if (entry.at < bound) state.set(entry.country, { status: entry.status, progress: entry.progress });
  return state;
}

describe("reports as of a date", () => {
  it("equal the state rebuilt by replaying the append-only history up to the end of that day", async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async ([events, days]) => {
        const { areaSlug, commitments: [commitment] } = await createTrackedCommitments({ countries });
        // Versions follow the order in which the updates were logged, as the tracking rows count them.
        const history = events.map((e, index) => ({ ...e, version: index + 2 }));
        await db().statusUpdate.createMany({
          data: history.map((e) => ({
            trackingId: commitment.tracking[e.country].id, commitmentId: commitment.id, countryCode: e.country, createdAt: e.at,
            statusBefore: "NOT_ASSESSED", status: e.status, progressBefore: 0, progress: e.progress, trackingVersion: e.version,
          })),
        });
        for (const asOf of days) {
          const rows = await listTrackingAsOf({ documents: [], areas: [areaSlug], countries: [], asOf });
          const expected = replay(history, endOfDay(asOf));
          expect(rows.map((row) => [row.country, row.status, row.progress]).sort()).toEqual(
            countries.map((country) => [country, expected.get(country)!.status, expected.get(country)!.progress]).sort(),
          );
        }
        const [since, asOf] = [...days, days[0]].slice(0, 2).sort();
        if (since < asOf) {
          const { from, to } = changeWindow(since, asOf);
          const { total } = await listChanges({ documents: [], areas: [areaSlug], countries: [], asOf, since, internal: false });
          expect(total).toBe(history.filter((e) => e.at >= from && e.at < to).length);
        }
      }),
      { numRuns: 40 },
    );
  });

  it("leaves out documents dated after the report and countries not asked for", async () => {
    const { areaSlug } = await createTrackedCommitments({ countries });
    expect(await listTrackingAsOf({ documents: [], areas: [areaSlug], countries: [], asOf: "2020-07-15" })).toEqual([]);
    const rows = await listTrackingAsOf({ documents: [], areas: [areaSlug], countries: ["UZ"], asOf: "2020-07-16" });
    expect(rows).toEqual([expect.objectContaining({ country: "UZ", status: "NOT_ASSESSED", progress: 0, lastUpdate: null, evidence: null })]);
  });
});
