import { getTranslations } from "next-intl/server";
import { MessagePage } from "@/components/layout/message-page";

export default async function NotFound() {
  const t = await getTranslations("errors");
  return <MessagePage code="404" title={t("notFoundTitle")} hint={t("notFoundHint")} link={{ href: "/dashboard", label: t("backToDashboard") }} />;
}
