"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { MessagePage } from "@/components/layout/message-page";

// Unexpected failures land here with a generic message; details stay in the server log.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errors");
  return (
    <MessagePage code={error.digest ? `500 · ${error.digest}` : "500"} title={t("generic")} hint="" link={{ href: "/dashboard", label: t("backToDashboard") }}>
      <Button variant="secondary" onClick={reset}>
        {t("retry")}
      </Button>
    </MessagePage>
  );
}
