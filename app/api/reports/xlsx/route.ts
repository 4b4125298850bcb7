import type { NextRequest } from "next/server";
import { getLocale } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/session";
import { getStatusReport } from "@/lib/reports/data";
import { contentTypes } from "@/lib/reports/export";
import { answeringUnavailable, fileResponse, textResponse } from "@/lib/reports/http";
import { reportFilename, reportParamsFor } from "@/lib/reports/report-request";
import { reportXlsx } from "@/lib/reports/report-xlsx";
import { reportTranslator } from "@/lib/reports/translator";

/** GET /api/reports/xlsx with the /reports page's parameters: the status report as a workbook. */
export const GET = answeringUnavailable(async (request: NextRequest) => {
  const { t, locale } = await reportTranslator(await getLocale());
  const user = await getCurrentUser();
  if (!user) return textResponse(401, t("errors.signedOut"));
  const params = reportParamsFor(request, user);
  const stream = reportXlsx(await getStatusReport(params), t, locale);
  return fileResponse(stream, { filename: reportFilename(params, "xlsx"), contentType: contentTypes.xlsx });
});
