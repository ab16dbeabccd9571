import type { NextRequest } from "next/server";
import { route } from "@/lib/server/route";
import { now } from "@/lib/core/clock";
import { portalBaseUrl } from "@/lib/communications/letter-text";
import { scheduledVisitsFeed } from "@/lib/visits/visits-atom";
import { PUBLIC_CACHE } from "@/lib/open-data/links";

// R9: scheduled visits, announced as soon as they are scheduled.
export const GET = route(async (request: NextRequest) => {
  const xml = await scheduledVisitsFeed({ baseUrl: portalBaseUrl(), selfUrl: request.nextUrl.toString(), now: now() });
  return new Response(xml, { headers: { "content-type": "application/atom+xml; charset=utf-8", "cache-control": PUBLIC_CACHE } });
});
