import { expect, test, type APIRequestContext } from "@playwright/test";
import { createAccount, signedInRequest, sql } from "../accounts";
import { postFormAction, serverAction } from "../server-actions";
import { instances } from "./instances";

// Two `next start` instances share one PostgreSQL: this is how the app scales out (docs/deploy.md).
// Analysts save through either instance; optimistic versions in the database, not memory, decide
// who wins, so no edit is lost and no stale form overwrites a newer state.

const code = "C5-2020-2.1d";
const countries = ["CN", "KZ", "KG", "TJ", "TM", "UZ"];
const statuses = ["IN_PROGRESS", "SUBSTANTIAL", "STALLED", "NOT_STARTED", "COMPLETED", "NO_EVIDENCE"];
const workerCount = 20;
const cyclesPerWorker = 25;

type Outcome = "saved" | "conflict";
type Analyst = { clients: APIRequestContext[] };

let commitmentId: string;
let analysts: Analyst[];

async function trackingVersion(country: string): Promise<number> {
  const [row] = await sql<{ version: number }>("SELECT version FROM tracking WHERE commitment_id = $1 AND country_code = $2", [commitmentId, country]);
  return row!.version;
}

/** One save of the update form for one country, as the browser would post it to `instance`. */
async function save(client: APIRequestContext, instance: string, country: string, version: number, status: string, note: string): Promise<Outcome> {
  const action = serverAction("lib/updates/actions.ts#recordStatusUpdateAction");
  const response = await postFormAction(client, `${instance}/commitments/${code}`, action.id, {
    commitmentId,
    countries: country,
    versions: JSON.stringify({ [country]: version }),
    status,
    note,
  });
  const body = await response.text();
  expect(response.status(), body.slice(0, 300)).toBe(200);
  if (body.includes('"ok":true')) return "saved";
  if (body.includes('"conflicts":[')) return "conflict";
  throw new Error(`neither saved nor a conflict: ${body.slice(0, 300)}`);
}

test.beforeAll(async ({ playwright }) => {
  test.setTimeout(120_000);
  const [row] = await sql<{ id: string }>("SELECT id FROM commitment WHERE code = $1", [code]);
  commitmentId = row!.id;
  // Twenty analysts, each signed in on both instances (one session per instance, as behind a load
  // balancer without sticky sessions either would do).
  analysts = await Promise.all(
    Array.from({ length: workerCount }, async (_, index) => {
      const account = await createAccount("ANALYST", `scale${index}`);
      const address = { "x-forwarded-for": `198.51.100.${100 + index}` };
      return { clients: await Promise.all(instances.map((instance) => signedInRequest(playwright, instance, account, address))) };
    }),
  );
});

test.afterAll(async () => {
  await Promise.all(analysts.flatMap((analyst) => analyst.clients.map((client) => client.dispose())));
});

test("20 analysts × 25 edits through two instances: exactly 500 updates, none lost", async () => {
  const before = new Map(await Promise.all(countries.map(async (country) => [country, await trackingVersion(country)] as const)));
  let conflicts = 0;
  await Promise.all(
    analysts.map(async (analyst, worker) => {
      const country = countries[worker % countries.length]!;
      for (let cycle = 0; cycle < cyclesPerWorker; cycle++) {
        const note = `scale-out w${worker} c${cycle}`;
        const status = statuses[(worker + cycle) % statuses.length]!;
        // Open the form (read the version), save; on a conflict re-open and save again.
        for (let attempt = 0; ; attempt++) {
          expect(attempt, `${note} kept conflicting`).toBeLessThan(200);
          const instance = (worker + cycle + attempt) % 2;
          const outcome = await save(analyst.clients[instance]!, instances[instance]!, country, await trackingVersion(country), status, note);
          if (outcome === "saved") break;
          conflicts++;
        }
      }
    }),
  );

  const saved = await sql<{ note: string; n: number }>(
    "SELECT note, count(*)::int AS n FROM status_update WHERE commitment_id = $1 AND note LIKE 'scale-out %' GROUP BY note",
    [commitmentId],
  );
  expect(saved).toHaveLength(workerCount * cyclesPerWorker);
  expect(saved.every((row) => row.n === 1), "each edit saved exactly once").toBe(true);
  for (const country of countries) {
    const edits = analysts.filter((_, worker) => countries[worker % countries.length] === country).length * cyclesPerWorker;
    expect(await trackingVersion(country), `${country}: one version per saved edit`).toBe(before.get(country)! + edits);
    // The row shows the last saved update's status: no stale save slipped in after it.
    const [last] = await sql<{ latest: string; current: string }>(
      `SELECT (SELECT status::text FROM status_update u WHERE u.tracking_id = t.id ORDER BY u.tracking_version DESC LIMIT 1) AS latest,
              t.status::text AS current
         FROM tracking t WHERE t.commitment_id = $1 AND t.country_code = $2`,
      [commitmentId, country],
    );
    expect(last!.current).toBe(last!.latest);
  }
  const audit = await sql<{ n: number }>(
    `SELECT count(*)::int AS n FROM audit_log a JOIN status_update u ON u.id = a.after->>'statusUpdateId'
      WHERE a.action = 'tracking.update' AND u.note LIKE 'scale-out %'`,
  );
  expect(audit[0]!.n).toBe(workerCount * cyclesPerWorker);
  console.log(`scale-out: ${workerCount * cyclesPerWorker} edits saved, ${conflicts} conflicts answered and retried`);
});

test("50 saves at once from one version, across both instances: 1 saved, 49 conflicts", async () => {
  const country = "TM";
  const version = await trackingVersion(country);
  const outcomes = await Promise.all(
    Array.from({ length: 50 }, (_, index) => {
      const analyst = analysts[index % analysts.length]!;
      const instance = index % 2;
      return save(analyst.clients[instance]!, instances[instance]!, country, version, "SUBSTANTIAL", `burst ${index}`);
    }),
  );
  expect(outcomes.filter((outcome) => outcome === "saved")).toHaveLength(1);
  expect(outcomes.filter((outcome) => outcome === "conflict")).toHaveLength(49);
  expect(await trackingVersion(country)).toBe(version + 1);
  const [burst] = await sql<{ n: number }>("SELECT count(*)::int AS n FROM status_update WHERE commitment_id = $1 AND note LIKE 'burst %'", [commitmentId]);
  expect(burst!.n).toBe(1);
});
