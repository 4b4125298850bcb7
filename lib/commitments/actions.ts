"use server";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { authorizedAction } from "@/lib/auth/authorized-action";
import { addCommitmentLink, removeCommitmentLink, updateCommitment, type CommitmentEditResult } from "./mutations";
import { addLinkSchema, editCommitmentSchema, removeLinkSchema } from "./schema";

async function settle(result: CommitmentEditResult, done: string) {
  const t = await getTranslations("commitment.edit");
  if (!result.ok) return { ok: false, message: t(`errors.${result.reason}`) };
  revalidatePath("/commitments", "layout");
  revalidatePath("/documents", "layout");
  return { ok: true, message: t(done) };
}

export const updateCommitmentAction = authorizedAction("ADMIN", editCommitmentSchema, async (input, { user, ip }) =>
  settle(await updateCommitment(input, user, ip), "saved"),
);

export const addLinkAction = authorizedAction("ADMIN", addLinkSchema, async (input, { user, ip }) =>
  settle(await addCommitmentLink(input, user, ip), "linkAdded"),
);

export const removeLinkAction = authorizedAction("ADMIN", removeLinkSchema, async (input, { user, ip }) =>
  settle(await removeCommitmentLink(input.linkId, user, ip), "linkRemoved"),
);
