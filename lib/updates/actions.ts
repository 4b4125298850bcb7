"use server";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { authorizedAction, type ActionState } from "@/lib/auth/authorized-action";
import { hasRole } from "@/lib/auth/roles";
import type { TrackingConflict } from "./conflicts";
import { bulkUpdateStatus, recordOccurrence, recordStatusUpdate, setTrackingOwner } from "./mutations";
import { bulkUpdateSchema, occurrenceSchema, setOwnerSchema, statusUpdateSchema } from "./schema";

/** The status update form's state: on a conflict, what changed meanwhile; on success, the new versions. */
export type UpdateFormState = ActionState & { conflicts?: TrackingConflict[]; versions?: Record<string, number> };

function revalidate(commitmentCodes: string[] | "all") {
  revalidatePath("/commitments");
  revalidatePath("/dashboard");
  if (commitmentCodes === "all") revalidatePath("/commitments/[code]", "page");
  else for (const code of commitmentCodes) revalidatePath(`/commitments/${code}`);
}

const statusUpdate = authorizedAction("ANALYST", statusUpdateSchema, async (input, { user, ip }): Promise<UpdateFormState> => {
  const t = await getTranslations("updates");
  const result = await recordStatusUpdate(input, user, ip);
  if (!result.ok && result.reason === "notFound") return { ok: false, message: t("errors.notFound") };
  // A conflict also refreshes the page, so the other analyst's change shows in the timeline.
  revalidate([result.commitmentCode]);
  if (!result.ok) return { ok: false, message: t("conflict.message"), conflicts: result.conflicts };
  return { ok: true, message: t("saved", { count: input.countries.length }), versions: result.versions };
});

export async function recordStatusUpdateAction(previous: UpdateFormState, formData: FormData): Promise<UpdateFormState> {
  return statusUpdate(previous, formData);
}

/** On success, the occurrence's new version: the form stays open for a correction without a reload. */
export type OccurrenceFormState = ActionState & { version?: number };

const occurrence = authorizedAction("ANALYST", occurrenceSchema, async (input, { user, ip }): Promise<OccurrenceFormState> => {
  const t = await getTranslations("updates");
  const result = await recordOccurrence(input, user, ip);
  if (!result.ok && result.reason === "notFound") return { ok: false, message: t("errors.notFound") };
  revalidate([result.commitmentCode]);
  if (!result.ok) return { ok: false, message: t("errors.occurrenceStale") };
  return { ok: true, message: t("occurrences.saved"), version: result.version };
});

export async function recordOccurrenceAction(previous: OccurrenceFormState, formData: FormData): Promise<OccurrenceFormState> {
  return occurrence(previous, formData);
}

export const setOwnerAction = authorizedAction("ADMIN", setOwnerSchema, async (input, { user, ip }) => {
  const t = await getTranslations("updates");
  const result = await setTrackingOwner(input, user, ip);
  if (!result.ok) return { ok: false, message: t(`errors.${result.reason}`) };
  revalidate(result.commitmentCodes);
  return { ok: true, message: t(input.ownerId ? "owner.saved" : "owner.cleared") };
});

export const bulkUpdateAction = authorizedAction("ANALYST", bulkUpdateSchema, async (input, { user, ip }) => {
  // Assigning owners is an admin's decision, also when it comes through the table.
  if (input.ownerId !== undefined && !hasRole(user.role, "ADMIN")) return { ok: false, message: (await getTranslations("errors"))("forbidden") };
  const t = await getTranslations("updates");
  const result = await bulkUpdateStatus(input, user, ip);
  if (!result.ok) return { ok: false, message: t(`errors.${result.reason}`) };
  revalidate(result.changed > 0 ? "all" : []);
  return { ok: true, message: t("bulk.done", { changed: result.changed, unchanged: result.unchanged, notTracked: result.notTracked }) };
});
