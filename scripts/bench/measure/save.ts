import pg from "pg";
import { recordStatusUpdate } from "@/lib/updates/mutations";
import type { StatusUpdateInput } from "@/lib/updates/schema";
import { createRandom } from "../lib/random";
import { summarize, type Summary } from "../lib/stats";

// Saving a status update (recordStatusUpdate, the form action's mutation: versions checked, rows
// updated, update + evidence + audit written in one transaction) while something else loads the
// app. Targets are fixed by a seed, so every run saves the same rows in the same order.

export type SaveResult = Summary & { saved: number; conflicts: number; errors: number };

const statuses = ["IN_PROGRESS", "SUBSTANTIAL", "STALLED", "COMPLETED"] as const;

export async function measureSaves(url: string, actor: { id: string; email: string }, until: Promise<unknown>, everyMs = 150, maxSaves = 400): Promise<SaveResult> {
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  const random = createRandom("bench-saves");
  const { rows: commitments } = await pool.query<{ id: string }>("SELECT id FROM commitment ORDER BY code LIMIT 200");
  let done = false;
  void until.finally(() => (done = true));
  const samples: number[] = [];
  let conflicts = 0;
  let errors = 0;
  try {
    while (!done && samples.length + errors < maxSaves) {
      const commitmentId = random.pick(commitments).id;
      const { rows } = await pool.query<{ code: string; version: number }>(
        "SELECT country_code AS code, version FROM tracking WHERE commitment_id = $1 ORDER BY country_code LIMIT 2", [commitmentId]);
      const input: StatusUpdateInput = {
        commitmentId, countries: rows, status: random.pick(statuses), progress: random.int(10, 90), complianceScore: 0,
        note: "Benchmark save under load", internalNote: null,
        evidence: [{ url: "https://example.org/bench", title: "Bench evidence", eventDate: "2026-10-01", grade: "B" }],
      };
      const start = performance.now();
      try {
        const result = await recordStatusUpdate(input, actor, "127.0.0.1");
        samples.push(performance.now() - start);
        if (!result.ok) conflicts++;
      } catch {
        errors++;
      }
      await new Promise((resolve) => setTimeout(resolve, everyMs));
    }
  } finally {
    await pool.end();
  }
  return { ...summarize(samples), saved: samples.length - conflicts, conflicts, errors };
}
