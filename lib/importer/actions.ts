"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { authorizedAction } from "@/lib/auth/authorized-action";
import { analysisOf } from "./draft-analysis";
import { changeDraft, createDraft, deleteDraft, saveDraft, type DraftResult } from "./mutations";
import { applyItemOp, reviewItems } from "./review";
import { createDraftSchema, deleteDraftSchema, itemOpSchema, lineOpSchema, saveDraftSchema, sentenceOpSchema } from "./schema";

async function settle(result: DraftResult, done: string) {
  const t = await getTranslations("importer");
  if (!result.ok) return { ok: false, message: t(`errors.${result.reason}`, { detail: result.detail ?? "" }) };
  revalidatePath("/admin/import", "layout");
  return { ok: true, message: t(done) };
}

export const createDraftAction = authorizedAction("ADMIN", createDraftSchema, async (input, { user, ip }) => {
  const result = await createDraft(input, user, ip);
  if (!result.ok) return settle(result, "");
  revalidatePath("/admin/import");
  redirect(`/admin/import/${result.id}`);
});

// Restoring a line changes the text, so the admin's sentence fixes (offsets into it) start afresh.
export const lineOpAction = authorizedAction("ADMIN", lineOpSchema, async (input, { user, ip }) =>
  settle(
    await changeDraft(input.draftId, input.version, (state) => ({
      ok: true,
      state: {
        ...state,
        restored: input.op === "restore" ? [...new Set([...state.restored, input.line])] : state.restored.filter((l) => l !== input.line),
        joins: [],
        breaks: [],
      },
    }), { op: input.op, line: input.line }, user, ip),
    input.op === "restore" ? "lineRestored" : "lineSetAside",
  ),
);

export const sentenceOpAction = authorizedAction("ADMIN", sentenceOpSchema, async (input, { user, ip }) =>
  settle(
    await changeDraft(input.draftId, input.version, (state, raw) => {
      if (input.at > analysisOf(raw, state).text.length) return { ok: false, reason: "badSplit" };
      if (input.op === "join") return { ok: true, state: { ...state, joins: [...new Set([...state.joins, input.at])] } };
      if (input.op === "unjoin") return { ok: true, state: { ...state, joins: state.joins.filter((j) => j !== input.at), breaks: state.breaks.filter((b) => b !== input.at) } };
      return { ok: true, state: { ...state, breaks: [...new Set([...state.breaks, input.at])] } };
    }, { op: input.op, at: input.at }, user, ip),
    input.op === "split" ? "sentenceSplit" : "sentenceJoined",
  ),
);

export const itemOpAction = authorizedAction("ADMIN", itemOpSchema, async (input, { user, ip }) =>
  settle(
    await changeDraft(input.draftId, input.version, (state, raw) => applyItemOp(state, reviewItems(analysisOf(raw, state), state), input), { op: input.op, item: input.itemId }, user, ip),
    `done.${input.op}`,
  ),
);

export const saveDraftAction = authorizedAction("ADMIN", saveDraftSchema, async (input, { user, ip }) => {
  const result = await saveDraft(input.draftId, input.version, user, ip);
  if (!result.ok) return settle(result, "");
  revalidatePath("/", "layout");
  redirect(`/documents/${result.slug}`);
});

export const deleteDraftAction = authorizedAction("ADMIN", deleteDraftSchema, async (input, { user, ip }) => {
  const result = await deleteDraft(input.draftId, input.version, user, ip);
  if (!result.ok) return settle(result, "");
  revalidatePath("/admin/import");
  redirect("/admin/import");
});
