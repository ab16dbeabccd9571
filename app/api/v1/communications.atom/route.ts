import type { NextRequest } from "next/server";
import { route } from "@/lib/server/route";
import { now } from "@/lib/core/clock";
import { portalBaseUrl } from "@/lib/communications/letter-text";
import { parseFeedParams } from "@/lib/open-data/schemas";
import { recentlyPublishedCommunications } from "@/lib/open-data/list-communications";
import { communicationsAtom } from "@/lib/open-data/atom";
import { PUBLIC_CACHE } from "@/lib/open-data/links";

// Open data (R5, R6): an Atom feed of newly published communications, optionally ?state=ISO3 or ?mandate=slug.
export const GET = route(async (request: NextRequest) => {
  const at = now();
  const params = parseFeedParams(request.nextUrl.searchParams);
  const entries = await recentlyPublishedCommunications({ params, now: at });
  const filter = [params.addressee?.slice(6), params.mandate].filter(Boolean).join(", ");
  const xml = communicationsAtom({
    baseUrl: portalBaseUrl(),
    selfUrl: request.nextUrl.toString(),
    title: `Special Procedures communications${filter ? ` — ${filter}` : ""}`,
    entries,
    now: at,
  });
  return new Response(xml, { headers: { "content-type": "application/atom+xml; charset=utf-8", "cache-control": PUBLIC_CACHE } });
});
