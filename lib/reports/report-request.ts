import type { NextRequest } from "next/server";
import { hasRole } from "@/lib/auth/roles";
import type { CurrentUser } from "@/lib/auth/session";
import { parseReportParams, searchParamsToObject, type ReportParams } from "./schema";

/**
 * The report's parameters from a request, for a signed-in user: internal notes only for analysts
 * and admins, whatever the URL asks for.
 */
export function reportParamsFor(request: NextRequest, user: CurrentUser): ReportParams {
  const { params } = parseReportParams(searchParamsToObject(request.nextUrl.searchParams));
  return { ...params, internal: params.internal && hasRole(user.role, "ANALYST") };
}

export const reportFilename = (params: ReportParams, extension: string) => `followthrough-status-report-${params.asOf}.${extension}`;
