import "server-only";
import { AppError } from "../core/errors";
import { getPublicReport } from "../reports/get-public-report";
import { reportToJson } from "./report-rows";

/** One public report (R19) by its id; anything not public — or not an id — is "not found". */
export async function getApiReport({ reportId, now }: { reportId: string; now: Date }) {
  const report = await getPublicReport({ reportId, now });
  if (!report) throw new AppError("NOT_FOUND", "No such report");
  return reportToJson(report, now);
}
