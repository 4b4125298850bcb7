import type { NextRequest } from "next/server";
import { getLocale } from "next-intl/server";
import { hasRole } from "@/lib/auth/roles";
import { getCurrentUser } from "@/lib/auth/session";
import { createExport } from "@/lib/reports/export";
import { answeringUnavailable, fileResponse, textResponse } from "@/lib/reports/http";
import { parseExportRequest, searchParamsToObject } from "@/lib/reports/schema";
import { reportTranslator } from "@/lib/reports/translator";

/**
 * GET /api/export/commitments?format=csv|xlsx|json&set=commitments|updates&internal=1 plus the
 * commitments view's own filter parameters: the whole filtered view, streamed.
 */
export const GET = answeringUnavailable(async (request: NextRequest) => {
  const { t } = await reportTranslator(await getLocale());
  const user = await getCurrentUser();
  if (!user) return textResponse(401, t("errors.signedOut"));
  const exportRequest = parseExportRequest(searchParamsToObject(request.nextUrl.searchParams));
  if (exportRequest.internal && !hasRole(user.role, "ANALYST")) return textResponse(403, t("reports.export.internalForbidden"));
  const file = await createExport(exportRequest, { t });
  return fileResponse(file.stream, file);
});
