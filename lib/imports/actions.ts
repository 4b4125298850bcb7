"use server";
import { createHash } from "node:crypto";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { authorizedAction, type ActionContext, type ActionState } from "@/lib/auth/authorized-action";
import { applyImport } from "./mutations";
import { buildPreview, previewView } from "./preview";
import { importFormSchema, maxImportBytes, type ImportFormInput, type PreviewView } from "./schema";

/** The import form's state: the preview of the file just sent and its hash, which "Apply" must match. */
export type ImportState = ActionState & { preview?: PreviewView; hash?: string; applied?: number };

/**
 * Preview and apply are the same request with a different intent: the file is sent, parsed and
 * checked again on every submit, so nothing the browser says about a previous preview is trusted.
 */
async function runImport(input: ImportFormInput, file: FormDataEntryValue | null, { user, ip }: ActionContext): Promise<ImportState> {
  const t = await getTranslations("imports");
  const fileError = (message: string): ImportState => ({ ok: false, message, errors: { file: [message] } });
  if (!(file instanceof File) || file.size === 0) return fileError(t("errors.noFile"));
  if (file.size > maxImportBytes) return fileError(t("errors.tooLarge", { max: "5 MB" }));
  const bytes = Buffer.from(await file.arrayBuffer());
  const hash = createHash("sha256").update(bytes).digest("hex");
  const preview = await buildPreview({ name: file.name, bytes });
  if (!preview.ok) return fileError(t(`errors.${preview.error}`, preview.values));
  const view = previewView(preview, file.name);
  const state = { preview: view, hash };
  if (input.intent === "preview") return { ok: true, message: t("previewReady", preview.counts), ...state };
  if (!input.previewHash) return { ok: false, message: t("apply.previewFirst"), ...state };
  if (input.previewHash !== hash) return { ok: false, message: t("apply.fileChanged"), ...state };
  if (preview.counts.error > 0 && !input.applyValidOnly) return { ok: false, message: t("apply.blocked", { count: preview.counts.error }), ...state };
  if (preview.changes.length === 0) return { ok: true, message: t("apply.nothing"), ...state };
  const result = await applyImport(preview.changes, user, ip, { name: file.name, hash, rows: preview.rows.length });
  if (!result.ok) {
    const again = await buildPreview({ name: file.name, bytes });
    return { ok: false, message: t("apply.conflict"), ...(again.ok ? { preview: previewView(again, file.name), hash } : {}) };
  }
  revalidatePath("/commitments");
  revalidatePath("/commitments/[code]", "page");
  revalidatePath("/dashboard");
  revalidatePath("/reports");
  return { ok: true, message: t("apply.done", { count: result.applied, skipped: preview.counts.error }), applied: result.applied };
}

export async function importUpdatesAction(previous: ImportState, formData: FormData): Promise<ImportState> {
  const action = authorizedAction("ANALYST", importFormSchema, (input, context) => runImport(input, formData.get("file"), context));
  return action(previous, formData);
}
