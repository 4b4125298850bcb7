import { getTranslations } from "next-intl/server";
import { MessagePage } from "@/components/layout/message-page";

export default async function Forbidden() {
  const t = await getTranslations("errors");
  return <MessagePage code="403" title={t("forbiddenTitle")} hint={t("forbiddenHint")} link={{ href: "/dashboard", label: t("backToDashboard") }} />;
}
