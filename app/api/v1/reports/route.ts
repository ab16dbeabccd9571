import { NextResponse, type NextRequest } from "next/server";
import { route } from "@/lib/server/route";
import { now } from "@/lib/core/clock";
import { parseApiReportParams } from "@/lib/open-data/report-params";
import { listPublicReports } from "@/lib/open-data/list-reports";
import { pageLinks, PUBLIC_CACHE } from "@/lib/open-data/links";

// Open data (R19): public reports — scheduled for a session or published — by mandate, body, session, year, kind or State.
export const GET = route(async (request: NextRequest) => {
  const params = parseApiReportParams(request.nextUrl.searchParams);
  const { total, pages, rows } = await listPublicReports({ params, now: now() });
  return NextResponse.json(
    {
      data: rows,
      page: params.page,
      pageSize: params.pageSize,
      pages,
      total,
      links: pageLinks({ url: request.nextUrl, page: params.page, pageSize: params.pageSize, pages }),
    },
    { headers: { "cache-control": PUBLIC_CACHE } },
  );
});
