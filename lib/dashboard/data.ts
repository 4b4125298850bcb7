import "server-only";
import { db } from "@/lib/db";
import type { Status } from "@/lib/tracking/status";

export async function getDashboardSummary() {
  const client = db();
  const [documents, commitments, trackingRows, updates, byCountry, countries, recent] = await Promise.all([
    client.document.count(),
    client.commitment.count(),
    client.tracking.count(),
    client.statusUpdate.count(),
    client.tracking.groupBy({ by: ["countryCode", "status"], _count: { _all: true } }),
    client.country.findMany({ orderBy: { sortOrder: "asc" } }),
    client.auditLog.findMany({
      orderBy: { at: "desc" },
      take: 8,
      select: { id: true, at: true, actorEmail: true, action: true, entityType: true, entityId: true },
    }),
  ]);
  const statusByCountry = countries.map((country) => {
    const counts: Partial<Record<Status, number>> = {};
    for (const row of byCountry) if (row.countryCode === country.code) counts[row.status] = row._count._all;
    return { country, counts, total: Object.values(counts).reduce((a, b) => a + (b ?? 0), 0) };
  });
  return {
    totals: { documents, commitments, trackingRows, updates },
    statusByCountry: statusByCountry.filter((row) => row.total > 0),
    recent: recent.map((entry) => ({ ...entry, id: entry.id.toString() })),
  };
}
