import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createTestUser, createTrackedCommitments } from "@/lib/test/fixtures";
import { recordStatusUpdate } from "@/lib/updates/mutations";
import { getDashboard } from "./data";

afterAll(async () => {
  await db().$disconnect();
});

describe("getDashboard", () => {
  it("counts by country and area, lists overdue occurrences, the latest updates and the other changes", async () => {
    const analyst = await createTestUser("ANALYST", "Dashboard Analyst");
    const { areaSlug, commitments: [commitment] } = await createTrackedCommitments({
      countries: ["KZ", "UZ"],
      occurrences: [{ period: "1901", expectedBy: new Date("1901-12-31T00:00:00Z") }, { period: "2999", expectedBy: new Date("2999-12-31T00:00:00Z") }],
    });
    await recordStatusUpdate(
      { commitmentId: commitment.id, countries: [{ code: "KZ", version: 1 }], status: "COMPLETED", progress: 100, complianceScore: 1, note: null, internalNote: null, evidence: [] },
      analyst, null,
    );
    await db().auditLog.create({ data: { actorId: analyst.id, actorEmail: analyst.email, action: "commitment.update", entityType: "commitment", entityId: commitment.id } });

    const data = await getDashboard(new Date("2026-11-24T12:00:00Z"));
    expect(data.byArea.find((row) => row.area.slug === areaSlug)).toMatchObject({ counts: { COMPLETED: 1, NOT_ASSESSED: 1 }, total: 2 });
    expect(data.byCountry.find((row) => row.country.code === "KZ")!.counts.COMPLETED).toBeGreaterThanOrEqual(1);
    expect(data.overdue.some((item) => item.code === commitment.code && item.period === "1901")).toBe(true);
    expect(data.overdue.some((item) => item.period === "2999")).toBe(false);
    expect(data.totals.overdue).toBeGreaterThanOrEqual(1);
    expect(data.updates.find((update) => update.code === commitment.code)).toMatchObject({ code: commitment.code, country: "KZ", author: "Dashboard Analyst", statusBefore: "NOT_ASSESSED", status: "COMPLETED" });
    expect(data.changes.find((change) => change.subject === commitment.code)).toMatchObject({ action: "commitment.update", actor: "Dashboard Analyst", subject: commitment.code, subjectLink: `/commitments/${commitment.code}` });
    expect(data.changes.some((change) => change.action === "tracking.update")).toBe(false);
  });
});
