import { NextResponse, type NextRequest } from "next/server";
import { route } from "@/lib/server/route";
import { findPublicReprisals, parsePublicReprisalApiParams } from "@/lib/reprisals/find-public-reprisals";
import { publicReprisalJson } from "@/lib/reprisals/public-rows";
import { pageLinks, PUBLIC_CACHE } from "@/lib/open-data/links";

const PAGE_SIZE = 50;

// Open data (R8): the public reprisals register as JSON — cleared summaries only, ?state=ISO3&year=YYYY&page=N.
export const GET = route(async (request: NextRequest) => {
  const params = parsePublicReprisalApiParams(request.nextUrl.searchParams);
  const list = await findPublicReprisals({ params, pageSize: PAGE_SIZE });
  return NextResponse.json(
    {
      total: list.total,
      page: params.page,
      links: pageLinks({
        url: request.nextUrl,
        page: params.page,
        pageSize: PAGE_SIZE,
        pages: Math.max(1, Math.ceil(list.total / PAGE_SIZE)),
      }),
      data: list.rows.map(publicReprisalJson),
    },
    { headers: { "cache-control": PUBLIC_CACHE } },
  );
});
