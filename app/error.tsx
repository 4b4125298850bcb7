"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { startTransition, useCallback, useEffect } from "react";
import { Button } from "@/components/ui/button";
import { MessagePage } from "@/components/layout/message-page";
import { databaseUnavailableDigest } from "@/lib/db/unavailable";

const databaseRetryMs = 10_000;

// Unexpected failures land here with a generic message; details stay in the server log. A database
// that cannot be reached is named as such, and the page tries again by itself until it is back.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errors");
  const router = useRouter();
  const databaseDown = error.digest === databaseUnavailableDigest;
  const retry = useCallback(() => startTransition(() => {
    router.refresh();
    reset();
  }), [router, reset]);
  useEffect(() => {
    if (!databaseDown) return;
    const timer = setInterval(retry, databaseRetryMs);
    return () => clearInterval(timer);
  }, [databaseDown, retry]);
  return (
    <MessagePage
      code={databaseDown ? "503" : error.digest ? `500 · ${error.digest}` : "500"}
      title={t(databaseDown ? "databaseUnavailableTitle" : "generic")}
      hint={databaseDown ? t("databaseUnavailable") : ""}
      link={{ href: "/dashboard", label: t("backToDashboard") }}
    >
      <Button variant="secondary" onClick={retry}>
        {t("retry")}
      </Button>
    </MessagePage>
  );
}
