import "server-only";
import { writeAudit, type AuditEntry } from "@/lib/audit/mutations";
import { db } from "@/lib/db";
import { writeSourceDocument } from "@/lib/documents/mutations";
import { commitmentSchema } from "@/lib/documents/source-schema";
import type { Prisma } from "@/lib/generated/prisma/client";
import { analysisOf, slugFor } from "./draft-analysis";
import { htmlToText, looksLikeHtml, normaliseInput } from "./html-to-text";
import { reviewItems } from "./review";
import { draftStateSchema, type DraftState, type ImportMeta } from "./schema";

export { analysisOf } from "./draft-analysis";
import { toSourceDocument, verifyQuotes } from "./to-source";

type Actor = NonNullable<AuditEntry["actor"]>;
type Tx = Prisma.TransactionClient;
export type DraftResult = { ok: true; id?: string; slug?: string } | { ok: false; reason: string; detail?: string };

/** Thrown inside a transaction to roll everything back, then returned as an expected failure. */
class ImportRefused extends Error {
  constructor(readonly reason: string, readonly detail?: string) {
    super(reason);
  }
}


export async function createDraft(input: ImportMeta & { text: string; sourceName: string }, actor: Actor, ip: string | null): Promise<DraftResult> {
  const { text, sourceName, ...meta } = input;
  const raw = normaliseInput(looksLikeHtml(sourceName, text) ? htmlToText(text) : text);
  const state = draftStateSchema.parse({ meta, sourceName });
  if (analysisOf(raw, state).sentences.length === 0) return { ok: false, reason: "emptyText" };
  return db().$transaction(async (tx) => {
    const draft = await tx.importDraft.create({
      data: { title: meta.titleZh, rawText: raw, state, createdById: actor.id, createdByEmail: actor.email },
    });
    await writeAudit(tx, { actor, action: "import_draft.create", entityType: "import_draft", entityId: draft.id, after: { title: meta.titleZh, codePrefix: meta.codePrefix, sourceName }, ip });
    return { ok: true, id: draft.id };
  });
}

async function lockDraft(tx: Tx, draftId: string, version: number) {
  const row = await tx.importDraft.findUnique({ where: { id: draftId } });
  if (!row) throw new ImportRefused("notFound");
  if (row.version !== version) throw new ImportRefused("stale");
  return { ...row, state: draftStateSchema.parse(row.state) };
}

async function settle(run: () => Promise<DraftResult>): Promise<DraftResult> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof ImportRefused) return { ok: false, reason: error.reason, detail: error.detail };
    throw error;
  }
}

/** One review step on a draft, refused when someone else changed the draft since it was shown. */
export async function changeDraft(
  draftId: string,
  version: number,
  change: (state: DraftState, raw: string) => { ok: true; state: DraftState } | { ok: false; reason: string },
  summary: Record<string, unknown>,
  actor: Actor,
  ip: string | null,
): Promise<DraftResult> {
  return settle(() =>
    db().$transaction(async (tx) => {
      const draft = await lockDraft(tx, draftId, version);
      const result = change(draft.state, draft.rawText);
      if (!result.ok) throw new ImportRefused(result.reason);
      const updated = await tx.importDraft.updateMany({ where: { id: draftId, version }, data: { state: result.state, version: { increment: 1 } } });
      if (updated.count !== 1) throw new ImportRefused("stale");
      await writeAudit(tx, { actor, action: "import_draft.review", entityType: "import_draft", entityId: draftId, after: summary, ip });
      return { ok: true as const, id: draftId };
    }),
  );
}

export async function deleteDraft(draftId: string, version: number, actor: Actor, ip: string | null): Promise<DraftResult> {
  return settle(() =>
    db().$transaction(async (tx) => {
      const draft = await lockDraft(tx, draftId, version);
      await tx.importDraft.delete({ where: { id: draftId } });
      await writeAudit(tx, { actor, action: "import_draft.delete", entityType: "import_draft", entityId: draftId, before: { title: draft.title }, ip });
      return { ok: true as const };
    }),
  );
}

/**
 * Creates the document, its structure, the accepted commitments (exact quote offsets), a tracking
 * row per party, the accepted links and their audit entries in one transaction, then deletes the
 * draft. Any refusal rolls everything back and leaves the draft as it was.
 */
export async function saveDraft(draftId: string, version: number, actor: Actor, ip: string | null): Promise<DraftResult> {
  return settle(() =>
    db().$transaction(
      async (tx) => {
        const draft = await lockDraft(tx, draftId, version);
        const analysis = analysisOf(draft.rawText, draft.state);
        const items = reviewItems(analysis, draft.state);
        if (!items.some((i) => i.review.status === "accepted")) throw new ImportRefused("nothingAccepted");
        const { meta } = draft.state;
        const doc = toSourceDocument(analysis, draft.state, items, {
          slug: slugFor(meta),
          publisher: meta.sourcePublisher ?? actor.email,
          originalPublisher: meta.sourcePublisher ?? actor.email,
          rawFile: draft.state.sourceName || "(pasted text)",
          note: `Imported by ${actor.email} from ${draft.state.sourceName || "pasted text"}.`,
        });
        const problems = verifyQuotes(doc);
        if (problems.length) throw new ImportRefused("quotes", problems.join("; "));
        // Sentence translations are optional in the database, so only the commitments' shape is checked here.
        const shape = commitmentSchema.array().safeParse(doc.commitments);
        if (!shape.success) throw new ImportRefused("invalid", shape.error.issues[0].path.join("."));
        if (await tx.document.findFirst({ where: { OR: [{ slug: doc.slug }, { codePrefix: doc.codePrefix }] } })) throw new ImportRefused("exists");
        const areas = new Set((await tx.area.findMany({ select: { slug: true } })).map((a) => a.slug));
        const unknownArea = doc.commitments.find((c) => !areas.has(c.area));
        if (unknownArea) throw new ImportRefused("unknownArea", unknownArea.code);

        await writeSourceDocument(tx, { document: doc, rawText: draft.rawText }, { actor, ip, verb: "import" });
        for (const c of doc.commitments) {
          for (const link of c.links) {
            const [from, to] = await Promise.all([
              tx.commitment.findUniqueOrThrow({ where: { code: c.code }, select: { id: true } }),
              tx.commitment.findUnique({ where: { code: link.target }, select: { id: true } }),
            ]);
            if (!to) throw new ImportRefused("unknownTarget", link.target);
            const type = link.type.toUpperCase() as "REAFFIRMS";
            const created = await tx.commitmentLink.create({ data: { fromId: from.id, toId: to.id, type, note: link.note ?? null } });
            await writeAudit(tx, { actor, action: "link.create", entityType: "commitment", entityId: from.id, after: { linkId: created.id, type, target: link.target }, ip });
          }
        }
        await tx.importDraft.delete({ where: { id: draftId } });
        await writeAudit(tx, { actor, action: "import_draft.save", entityType: "import_draft", entityId: draftId, after: { slug: doc.slug, commitments: doc.commitments.length }, ip });
        return { ok: true as const, slug: doc.slug };
      },
      { timeout: 60_000 },
    ),
  );
}
