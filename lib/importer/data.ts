import "server-only";
import { db } from "@/lib/db";
import type { Strength } from "@/lib/documents/source-schema";
import { draftStateSchema } from "./schema";
import type { LinkCandidate } from "./similarity";

export async function listDrafts() {
  return db().importDraft.findMany({
    orderBy: { updatedAt: "desc" },
    select: { id: true, title: true, createdByEmail: true, updatedAt: true, version: true },
    take: 200,
  });
}

/** A draft with its state checked against the current schema; null when missing or unreadable. */
export async function getDraft(id: string) {
  const row = await db().importDraft.findUnique({ where: { id } });
  if (!row) return null;
  const state = draftStateSchema.safeParse(row.state);
  return state.success ? { ...row, state: state.data } : null;
}

/** Countries and areas for the forms, in their display order. */
export async function listImportReference() {
  const [countries, areas] = await Promise.all([
    db().country.findMany({ orderBy: { sortOrder: "asc" }, select: { code: true, nameZh: true, nameEn: true } }),
    db().area.findMany({ orderBy: { sortOrder: "asc" }, select: { slug: true, nameZh: true, nameEn: true } }),
  ]);
  return { countries, areas };
}

/** Commitments of earlier documents to compare with (capped: similarity runs in memory). */
export async function listLinkCandidates(beforeDate: string): Promise<LinkCandidate[]> {
  const rows = await db().commitment.findMany({
    where: { document: { date: { lte: new Date(`${beforeDate}T00:00:00Z`) } } },
    select: { code: true, titleZh: true, titleEn: true, quote: true, translationEn: true, strength: true, recurrence: true },
    orderBy: { code: "asc" },
    take: 5000,
  });
  return rows.map((r) => ({ ...r, strength: r.strength.toLowerCase() as Strength, recurrence: r.recurrence?.toLowerCase() ?? null }));
}
