import { NextResponse, type NextRequest } from "next/server";
import { route } from "@/lib/server/route";
import { now } from "@/lib/core/clock";
import { parseApiListParams } from "@/lib/open-data/schemas";
import { listPublicCommunications } from "@/lib/open-data/list-communications";
import { toJson } from "@/lib/open-data/communication-rows";
import { pageLinks, PUBLIC_CACHE } from "@/lib/open-data/links";

// Open data (R5, R6): the public search as JSON, same filters as /communications, no login.
export const GET = route(async (request: NextRequest) => {
  const { search, pageSize } = parseApiListParams(request.nextUrl.searchParams);
  const { total, exact, sort, pages, rows } = await listPublicCommunications({ params: search, pageSize, now: now() });
  return NextResponse.json(
    {
      data: rows.map(toJson),
      page: search.page,
      pageSize,
      pages,
      total,
      totalIsEstimate: !exact,
      sort,
      links: pageLinks({ url: request.nextUrl, page: search.page, pageSize, pages }),
    },
    { headers: { "cache-control": PUBLIC_CACHE } },
  );
});
