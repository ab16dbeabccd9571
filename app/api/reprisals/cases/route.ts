import { NextResponse, type NextRequest } from "next/server";
import { route } from "@/lib/server/route";
import { findPublicReprisals, parsePublicReprisalApiParams } from "@/lib/reprisals/find-public-reprisals";
import { publicReprisalJson } from "@/lib/reprisals/public-rows";
import { pageLinks, PUBLIC_CACHE } from "@/lib/open-data/links";

/** The register's API pages are larger than the site's: its description promises 50 a page (openapi.ts). */
const API_PAGE_SIZE = 50;

// Open data (R8): the public reprisals register as JSON — cleared summaries only, ?state=ISO3&year=YYYY&page=N.
export const GET = route(async (request: NextRequest) => {
  const params = parsePublicReprisalApiParams(request.nextUrl.searchParams);
  const list = await findPublicReprisals({ params, pageSize: API_PAGE_SIZE });
  return NextResponse.json(
    {
      total: list.total,
      page: params.page,
      links: pageLinks({
        url: request.nextUrl,
        page: params.page,
        pageSize: API_PAGE_SIZE,
        pages: list.pages,
      }),
      data: list.rows.map(publicReprisalJson),
    },
    { headers: { "cache-control": PUBLIC_CACHE } },
  );
});
