import type { NextRequest } from "next/server";
import { getLocale } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/session";
import { getStatusReport } from "@/lib/reports/data";
import { contentTypes } from "@/lib/reports/export";
import { answeringUnavailable, fileResponse, textResponse } from "@/lib/reports/http";
import { renderReportPdf } from "@/lib/reports/report-pdf";
import { reportFilename, reportParamsFor } from "@/lib/reports/report-request";
import { reportTranslator } from "@/lib/reports/translator";

/** GET /api/reports/pdf with the /reports page's parameters: the status report as a PDF, in the UI language. */
export const GET = answeringUnavailable(async (request: NextRequest) => {
  const locale = await getLocale();
  const user = await getCurrentUser();
  if (!user) return textResponse(401, (await reportTranslator(locale)).t("errors.signedOut"));
  const params = reportParamsFor(request, user);
  const pdf = await renderReportPdf(await getStatusReport(params), locale);
  return fileResponse(pdf, { filename: reportFilename(params, "pdf"), contentType: contentTypes.pdf });
});
