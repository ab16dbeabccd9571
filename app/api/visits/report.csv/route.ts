import type { NextRequest } from "next/server";
import { route } from "@/lib/server/route";
import { now } from "@/lib/core/clock";
import { getAnnualVisitReport } from "@/lib/visits/get-annual-report";
import { annualReportCsv } from "@/lib/visits/annual-report-csv";
import { reportParams } from "@/lib/visits/report-params";
import { PUBLIC_CACHE } from "@/lib/open-data/links";

// R9: the annual visit report (?year=2025&mandate=slug) as CSV.
export const GET = route(async (request: NextRequest) => {
  const { year, mandate } = reportParams(Object.fromEntries(request.nextUrl.searchParams), now());
  const report = await getAnnualVisitReport({ year, mandateSlug: mandate });
  return new Response(annualReportCsv(report), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="visit-report-${year}${mandate ? `-${mandate}` : ""}.csv"`,
      "cache-control": PUBLIC_CACHE,
      "x-content-type-options": "nosniff",
    },
  });
});
