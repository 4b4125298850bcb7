import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { addCommitmentLink, removeCommitmentLink, updateCommitment } from "@/lib/commitments/mutations";
import { addLinkSchema, commitmentTypes, editCommitmentSchema, linkTypes, removeLinkSchema, strengths } from "@/lib/commitments/schema";
import { db } from "@/lib/db";
import { fieldsWithNulBytes } from "@/lib/security/input";
import { buildPreview } from "@/lib/imports/preview";
import { importFormSchema, importRowSchema } from "@/lib/imports/schema";
import { createTestUser, createTrackedCommitments, unique, type TrackedCommitment } from "@/lib/test/fixtures";
import { statuses } from "@/lib/tracking/status";
import { evidenceGrades } from "@/lib/updates/fields";
import { bulkUpdateStatus, recordOccurrence, recordStatusUpdate, setTrackingOwner } from "@/lib/updates/mutations";
import { bulkUpdateSchema, occurrenceSchema, setOwnerSchema, statusUpdateSchema } from "@/lib/updates/schema";
import { createUser, updateUserAccess } from "@/lib/users/mutations";
import { changeRoleSchema, createUserSchema, setDisabledSchema } from "@/lib/users/schema";

// Every mutation behind a server action, fed what a hostile client can POST: forms derived from the
// action's zod schema with fields swapped for hostile values, dropped, or joined by keys the form
// never renders. As authorizedAction does: safeParse, then the mutation only on success. The
// invariants: nothing throws, a refused input or a failed mutation writes nothing, and only the
// actor's own identity ends up in the authored columns. 1,000 runs per action (about 60 s here);
// FUZZ_RUNS=<n> for a quicker or a longer run.

const runs = Number(process.env.FUZZ_RUNS ?? 1000);
type User = Awaited<ReturnType<typeof createTestUser>>;
let analyst: User;
let admin: User;
let viewer: User;
let target: User;
let c1: TrackedCommitment;
let c2: TrackedCommitment;
let occurrenceId: string;
let areaSlug: string;

beforeAll(async () => {
  [analyst, admin, viewer, target] = [
    await createTestUser("ANALYST"), await createTestUser("ADMIN"), await createTestUser("VIEWER"), await createTestUser("ANALYST"),
  ];
  const tracked = await createTrackedCommitments({
    count: 2, countries: ["KZ", "UZ"], occurrences: [{ period: "2021", expectedBy: new Date("2021-12-31T00:00:00Z") }],
  });
  [c1, c2] = tracked.commitments;
  // Link targets are typed as codes ("PREFIX-1.1"): give the second commitment a real one.
  c2.code = (await db().commitment.update({ where: { id: c2.id }, data: { code: `${c2.code.split("-")[0]}-1.1` }, select: { code: true } })).code;
  areaSlug = tracked.areaSlug;
  occurrenceId = (await db().occurrence.findFirstOrThrow({ where: { commitmentId: c1.id }, select: { id: true } })).id;
});
afterAll(async () => {
  await db().$disconnect();
});

// ---- Hostile values ----------------------------------------------------------------------------

const MISSING = Symbol("missing");
const control = fc.string({ unit: fc.constantFrom("\u0000", "\u0007", "\b", "\t", "\n", "\r", "\u001b", "\u007f", "\u200b", "\u202e", "\ufeff"), minLength: 1, maxLength: 30 });
const hostile: fc.Arbitrary<unknown> = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constant("x".repeat(100_000)),
  fc.constant("中".repeat(50_000)),
  control,
  fc.constantFrom("' OR 1=1 --", "<script>alert(1)</script>", "=cmd|' /C calc'!A0", "__proto__", "constructor", "NaN", "-1", "1e309", "0x10", "ADMIN", "{}", "[]", "null"),
  fc.integer(), fc.double(), fc.boolean(), fc.constant(null),
  fc.array(fc.string({ maxLength: 10 }), { maxLength: 4 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 3 }),
);
const extraKeys = fc.dictionary(
  fc.constantFrom("role", "version", "createdById", "authorId", "actorId", "id", "ownerId", "disabledAt", "passwordHash", "trackingVersion", "__proto__"),
  fc.oneof(hostile, fc.constantFrom("ADMIN", "1", "999")),
  { minKeys: 1, maxKeys: 3 },
);

/** A form: each field mostly plausible, sometimes hostile or absent; sometimes with extra keys. */
function form(fields: Record<string, fc.Arbitrary<unknown>>): fc.Arbitrary<Record<string, unknown>> {
  const field = (valid: fc.Arbitrary<unknown>) =>
    fc.oneof({ weight: 24, arbitrary: valid }, { weight: 1, arbitrary: hostile }, { weight: 1, arbitrary: fc.constant(MISSING) });
  const record = fc.record(Object.fromEntries(Object.entries(fields).map(([key, valid]) => [key, field(valid)])));
  return fc.tuple(record, fc.oneof({ weight: 5, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: extraKeys })).map(([values, extra]) => {
    const result: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(values)) if (value !== MISSING) result[key] = value;
    if (extra) for (const [key, value] of Object.entries(extra)) Object.defineProperty(result, key, { value, enumerable: true, configurable: true, writable: true });
    return result;
  });
}

// Versions are only known at run time: a marker is replaced by the row's current version or a stale one.
const CURRENT = "$current";
const versionMarker = fc.constantFrom(CURRENT, CURRENT, CURRENT, "999", "0");
const required = (max: number) => fc.oneof(fc.string({ minLength: 1, maxLength: max }).filter((v) => v.trim() !== ""), fc.constantFrom("Cooperation", "合作"));
const text = (max: number) => fc.oneof(fc.string({ maxLength: max }), fc.constantFrom("", "  ", "Working group met."));
const optionalOf = (values: readonly string[]) => fc.constantFrom("", ...values);

// ---- What a write may change -------------------------------------------------------------------

type Snapshot = Record<string, string>;
async function snapshot(): Promise<Snapshot> {
  const [row] = await db().$queryRaw<Snapshot[]>`
    SELECT (SELECT count(*) FROM audit_log)::text AS audit, (SELECT count(*) FROM status_update)::text AS updates,
           (SELECT count(*) FROM evidence)::text AS evidence, (SELECT count(*) FROM app_user)::text AS users,
           (SELECT count(*) FROM commitment_link)::text AS links,
           (SELECT coalesce(sum(version), 0) FROM tracking)::text AS tracking,
           (SELECT coalesce(sum(version), 0) FROM occurrence)::text AS occurrences,
           (SELECT coalesce(sum(version), 0) FROM commitment)::text AS commitments,
           (SELECT coalesce(sum(version), 0) FROM app_user)::text AS user_versions,
           (SELECT max(id) FROM audit_log)::text AS last_audit`;
  return row;
}

/** Audit and status-update rows written since `before` name only the actor. */
async function expectOnlyActor(before: Snapshot, actorId: string) {
  const audit = await db().auditLog.findMany({ where: { id: { gt: BigInt(before.last_audit ?? 0) } }, select: { actorId: true } });
  expect(audit.every((row) => row.actorId === actorId)).toBe(true);
  const authors = await db().statusUpdate.findMany({ where: { commitmentId: { in: [c1.id, c2.id] } }, select: { authorId: true }, distinct: ["authorId"] });
  expect(authors.every((row) => row.authorId !== null && [analyst.id, admin.id].includes(row.authorId))).toBe(true);
}

type Outcome = { ok: boolean };
/**
 * One fuzzed action: parse exactly as authorizedAction does, run the mutation on success, and
 * check the invariants. `resolve` fills in run-time values (current versions) before parsing.
 */
async function fuzzAction<S extends z.ZodType>(
  schema: S,
  arbitrary: fc.Arbitrary<Record<string, unknown>>,
  mutate: (input: z.output<S>) => Promise<Outcome>,
  options: { actor: () => User; minApplied?: number; resolve?: (raw: Record<string, unknown>) => Promise<Record<string, unknown>>; after?: (input: z.output<S>) => Promise<void> },
) {
  let applied = 0;
  const reasons = new Map<string, number>();
  await fc.assert(
    fc.asyncProperty(arbitrary, async (generated) => {
      const raw = options.resolve ? await options.resolve(generated) : generated;
      const before = await snapshot();
      const parsed = fieldsWithNulBytes(raw).length ? { success: false as const } : schema.safeParse(raw);
      if (!parsed.success) {
        if (process.env.FUZZ_VERBOSE && "error" in parsed) for (const issue of parsed.error.issues) reasons.set(`${String(issue.path[0])}: ${issue.message}`, (reasons.get(`${String(issue.path[0])}: ${issue.message}`) ?? 0) + 1);
        expect(await snapshot()).toEqual(before);
        return;
      }
      const result = await mutate(parsed.data);
      if (!result.ok) expect(await snapshot()).toEqual(before);
      else {
        applied++;
        await expectOnlyActor(before, options.actor().id);
        await options.after?.(parsed.data);
      }
    }),
    { numRuns: runs },
  );
  if (process.env.FUZZ_VERBOSE) console.log(`${applied}/${runs} applied`, [...reasons].sort((a, b) => b[1] - a[1]).slice(0, 6));
  // The generators must reach the database, not only the schema.
  expect(applied).toBeGreaterThanOrEqual(options.minApplied ?? Math.ceil(runs / 50));
}

async function trackingVersions(commitmentId: string) {
  const rows = await db().tracking.findMany({ where: { commitmentId }, select: { id: true, countryCode: true, version: true } });
  return rows;
}

const withCurrent = (value: unknown, current: number) => (value === CURRENT ? String(current) : value);

describe("fuzzing the mutations behind the server actions", () => {
  it("status update", async () => {
    const arbitrary = form({
      commitmentId: fc.constantFrom("$c1", "$c1", "no-such-commitment"),
      countries: fc.constantFrom("KZ", ["KZ", "UZ"], "UZ", "kz", "XX"),
      versions: fc.constantFrom(CURRENT, CURRENT, '{"KZ":999,"UZ":999}', "not json", '{"KZ":"1"}'),
      status: fc.constantFrom(...statuses),
      progress: fc.oneof(fc.integer({ min: -5, max: 105 }).map(String), fc.constant("")),
      complianceScore: optionalOf(["-1", "0", "1", "2"]),
      note: text(60),
      internalNote: text(60),
      // One evidence row, spread into its four flat fields by `resolve`: complete, partial or hostile.
      $evidence: fc.oneof(
        { weight: 3, arbitrary: fc.constant({}) },
        { weight: 3, arbitrary: fc.record({ url: fc.constant("https://example.org/report"), title: required(40), eventDate: fc.constant("2021-05-01"), grade: fc.constantFrom(...evidenceGrades) }) },
        { weight: 1, arbitrary: fc.record({ url: fc.constantFrom("javascript:alert(1)", "ftp://x", ""), title: text(10), eventDate: fc.constantFrom("2999-01-01", "2021-02-30", ""), grade: fc.constantFrom("Z", "") }, { requiredKeys: [] }) },
      ),
    });
    await fuzzAction(statusUpdateSchema, arbitrary, (input) => recordStatusUpdate(input, analyst, null), {
      actor: () => analyst,
      resolve: async (raw) => {
        const versions = Object.fromEntries((await trackingVersions(c1.id)).map((row) => [row.countryCode, row.version]));
        const { $evidence, ...rest } = raw;
        const evidence = $evidence && typeof $evidence === "object" ? Object.entries($evidence).map(([name, value]) => [`evidence.0.${name}`, value]) : [["evidence.0.url", $evidence]];
        return { ...rest, ...Object.fromEntries(evidence), commitmentId: raw.commitmentId === "$c1" ? c1.id : raw.commitmentId, versions: raw.versions === CURRENT ? JSON.stringify(versions) : raw.versions };
      },
      after: async (input) => {
        const rows = await db().tracking.findMany({ where: { commitmentId: c1.id, countryCode: { in: input.countries.map((c) => c.code) } } });
        expect(rows.every((row) => row.status === input.status)).toBe(true);
      },
    });
  });

  it("occurrence", async () => {
    const arbitrary = form({
      occurrenceId: fc.constantFrom("$occurrence", "$occurrence", "no-such-occurrence"),
      version: versionMarker,
      status: fc.constantFrom("HELD", "HELD", "MISSED", "PENDING"),
      heldOn: fc.constantFrom("2021-05-01", "2021-05-01", "", "2999-01-01"),
      venue: text(40),
      note: text(60),
    });
    await fuzzAction(occurrenceSchema, arbitrary, (input) => recordOccurrence(input, analyst, null), {
      actor: () => analyst,
      resolve: async (raw) => {
        const { version } = await db().occurrence.findUniqueOrThrow({ where: { id: occurrenceId }, select: { version: true } });
        return { ...raw, occurrenceId: raw.occurrenceId === "$occurrence" ? occurrenceId : raw.occurrenceId, version: withCurrent(raw.version, version) };
      },
    });
  });

  it("owner", async () => {
    const arbitrary = form({
      trackingId: fc.constantFrom("$tracking", "$tracking", "no-such-row"),
      version: versionMarker,
      ownerId: fc.constantFrom("$analyst", "$viewer", "", "no-such-user"),
    });
    await fuzzAction(setOwnerSchema, arbitrary, (input) => setTrackingOwner(input, admin, null), {
      actor: () => admin,
      resolve: async (raw) => {
        const { version } = await db().tracking.findUniqueOrThrow({ where: { id: c1.tracking.KZ.id }, select: { version: true } });
        const ownerId = raw.ownerId === "$analyst" ? analyst.id : raw.ownerId === "$viewer" ? viewer.id : raw.ownerId;
        return { ...raw, trackingId: raw.trackingId === "$tracking" ? c1.tracking.KZ.id : raw.trackingId, version: withCurrent(raw.version, version), ownerId };
      },
      after: async () => {
        const row = await db().tracking.findUniqueOrThrow({ where: { id: c1.tracking.KZ.id }, select: { ownerId: true } });
        expect([null, analyst.id]).toContain(row.ownerId); // a viewer is never assignable
      },
    });
  });

  it("bulk update", async () => {
    const arbitrary = form({
      commitmentIds: fc.constantFrom("$c1", ["$c1", "$c2"], "no-such-commitment"),
      countries: fc.constantFrom("KZ", ["KZ", "UZ"], "TM"),
      status: optionalOf(statuses),
      ownerId: fc.constantFrom("", "none", "$analyst", "$viewer"),
      note: text(60),
    });
    const ids: Record<string, string> = {};
    await fuzzAction(bulkUpdateSchema, arbitrary, (input) => bulkUpdateStatus(input, admin, null), {
      actor: () => admin,
      resolve: async (raw) => {
        Object.assign(ids, { $c1: c1.id, $c2: c2.id, $analyst: analyst.id, $viewer: viewer.id });
        const swap = (value: unknown): unknown => (Array.isArray(value) ? value.map(swap) : typeof value === "string" && value in ids ? ids[value] : value);
        return { ...raw, commitmentIds: swap(raw.commitmentIds), ownerId: swap(raw.ownerId) };
      },
    });
  });

  it("user create, role change and disable", async () => {
    const create = form({
      email: fc.constantFrom("$unique", "$unique", "not-an-email", `${"a".repeat(250)}@example.test`),
      name: text(40),
      role: fc.constantFrom("VIEWER", "ANALYST", "ADMIN", "ROOT"),
      password: fc.constantFrom("correct horse battery staple", "short", "password1234"),
    });
    await fuzzAction(createUserSchema, create, (input) => createUser(input, admin, null), {
      actor: () => admin,
      resolve: async (raw) => ({ ...raw, email: raw.email === "$unique" ? `fuzz-${unique().toLowerCase()}@example.test` : raw.email }),
      after: async (input) => {
        const user = await db().user.findUniqueOrThrow({ where: { email: input.email }, select: { role: true, version: true, disabledAt: true } });
        expect(user).toEqual({ role: input.role, version: 1, disabledAt: null });
      },
    });
    for (const [schema, fields] of [
      [changeRoleSchema, { role: fc.constantFrom("VIEWER", "ANALYST", "ADMIN", "ROOT") }],
      [setDisabledSchema, { disabled: fc.constantFrom("true", "false", "yes") }],
    ] as const) {
      const arbitrary = form({ id: fc.constantFrom("$target", "$target", "$self", "no-such-user"), version: versionMarker, ...fields });
      await fuzzAction(schema as z.ZodType<{ id: string; version: number; role?: "VIEWER" | "ANALYST" | "ADMIN"; disabled?: boolean }>, arbitrary, (input) => updateUserAccess(input, admin, null), {
        actor: () => admin,
        resolve: async (raw) => {
          const { version } = await db().user.findUniqueOrThrow({ where: { id: target.id }, select: { version: true } });
          const id = raw.id === "$target" ? target.id : raw.id === "$self" ? admin.id : raw.id;
          return { ...raw, id, version: withCurrent(raw.version, version) };
        },
      });
    }
    // The actor's own account is never changed through these forms.
    expect(await db().user.findUniqueOrThrow({ where: { id: admin.id }, select: { role: true, disabledAt: true, version: true } })).toEqual({ role: "ADMIN", disabledAt: null, version: 1 });
  });

  it("commitment edit", async () => {
    const arbitrary = form({
      id: fc.constantFrom("$c2", "$c2", "no-such-commitment"),
      version: versionMarker,
      titleZh: required(90),
      titleEn: required(40),
      translationEn: required(60),
      areaSlug: fc.constantFrom("$area", "$area", "$area", "no-such-area", "Bad Slug"),
      type: fc.constantFrom(...commitmentTypes, "OTHER"),
      strength: fc.constantFrom(...strengths),
      dueDate: optionalOf(["2025-01-01", "2025-13-01"]),
    });
    await fuzzAction(editCommitmentSchema, arbitrary, (input) => updateCommitment(input, admin, null), {
      actor: () => admin,
      resolve: async (raw) => {
        const { version } = await db().commitment.findUniqueOrThrow({ where: { id: c2.id }, select: { version: true } });
        return { ...raw, id: raw.id === "$c2" ? c2.id : raw.id, version: withCurrent(raw.version, version), areaSlug: raw.areaSlug === "$area" ? areaSlug : raw.areaSlug };
      },
      after: async () => {
        // The quote and its offsets are not editable, whatever keys arrive.
        const row = await db().commitment.findUniqueOrThrow({ where: { id: c2.id }, select: { quote: true, startOffset: true, code: true } });
        expect(row).toEqual({ quote: "各方同意加强合作。", startOffset: 0, code: c2.code });
      },
    });
  });

  it("links", async () => {
    const add = form({
      fromId: fc.constantFrom("$c1", "$c1", "no-such-commitment"),
      targetCode: fc.constantFrom("$c2", "$c2", "$c2", "$c1", "X-1.1", "not a code"),
      type: fc.constantFrom(...linkTypes, "OWNS"),
      note: text(40),
    });
    // Few links can exist (one per type and target), so most valid adds are refused as duplicates.
    await fuzzAction(addLinkSchema, add, (input) => addCommitmentLink(input, admin, null), {
      actor: () => admin,
      minApplied: 1,
      resolve: async (raw) => ({ ...raw, fromId: raw.fromId === "$c1" ? c1.id : raw.fromId, targetCode: raw.targetCode === "$c2" ? c2.code : raw.targetCode === "$c1" ? c1.code : raw.targetCode }),
    });
    const remove = form({ linkId: fc.constantFrom("$link", "no-such-link") });
    await fuzzAction(removeLinkSchema, remove, (input) => removeCommitmentLink(input.linkId, admin, null), {
      actor: () => admin,
      minApplied: 1,
      resolve: async (raw) => {
        const link = await db().commitmentLink.findFirst({ where: { fromId: c1.id }, select: { id: true } });
        return { ...raw, linkId: raw.linkId === "$link" ? (link?.id ?? "no-link-yet") : raw.linkId };
      },
    });
  });

  it("imports: the form, each row and whole files are refused or read, never thrown on", async () => {
    const before = await snapshot();
    await fc.assert(
      fc.property(form({ file: fc.constantFrom("updates.csv", ""), intent: fc.constantFrom("preview", "apply", "delete"), applyValidOnly: optionalOf(["1", "0"]), previewHash: optionalOf(["a".repeat(64), "xyz"]) }), (raw) => {
        importFormSchema.safeParse(raw);
      }),
      { numRuns: runs },
    );
    await fc.assert(
      fc.property(form({ code: fc.constantFrom(c1.code, "nope"), country: fc.constantFrom("KZ", "kz", "XX"), status: fc.constantFrom(...statuses, "done"), version: fc.constantFrom("1", "x"), note: text(40) }), (raw) => {
        importRowSchema.safeParse(raw);
      }),
      { numRuns: runs },
    );
    const cell = fc.oneof(fc.string({ maxLength: 20 }), control, fc.constantFrom(c1.code, "KZ", "IN_PROGRESS", "1", '"', '""', "=1+1"));
    const csv = fc.array(fc.array(cell, { minLength: 1, maxLength: 8 }), { maxLength: 6 }).map((rows) =>
      ["code,country,status,version,progress,note", ...rows.map((cells) => cells.join(","))].join("\r\n"),
    );
    await fc.assert(
      fc.asyncProperty(fc.oneof(csv, fc.string({ maxLength: 200 })), fc.constantFrom("updates.csv", "updates.xlsx", "updates.txt"), async (content, name) => {
        await buildPreview({ name, bytes: Buffer.from(content) });
      }),
      { numRuns: Math.ceil(runs / 2) },
    );
    expect(await snapshot()).toEqual(before);
  });
});
