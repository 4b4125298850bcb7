"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/field";
import { setOwnerAction } from "@/lib/updates/actions";

type Props = {
  trackingId: string;
  version: number;
  ownerId: string | null;
  country: string;
  owners: { id: string; name: string }[];
};

/** Admin control on a tracking card: who follows this commitment in this country. */
export function OwnerForm({ trackingId, version, ownerId, country, owners }: Props) {
  const t = useTranslations("updates.owner");
  const [state, formAction, pending] = useActionState(setOwnerAction, {});
  const messageId = `owner-${trackingId}-message`;
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="trackingId" value={trackingId} />
      <input type="hidden" name="version" value={version} />
      <Select name="ownerId" defaultValue={ownerId ?? ""} aria-label={t("label", { country })} aria-describedby={messageId} className="w-auto min-w-0 flex-1 py-1">
        <option value="">{t("none")}</option>
        {owners.map((owner) => (
          <option key={owner.id} value={owner.id}>
            {owner.name}
          </option>
        ))}
      </Select>
      <Button type="submit" variant="secondary" disabled={pending} className="py-1">
        {t("save")}
      </Button>
      <p id={messageId} role="status" className={`w-full text-xs ${state.ok === false ? "text-red-700" : "text-emerald-700"}`}>
        {state.message}
      </p>
    </form>
  );
}
