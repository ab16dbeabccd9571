import type { NextRequest } from "next/server";
import { route } from "@/lib/server/route";
import { now } from "@/lib/core/clock";
import { portalBaseUrl } from "@/lib/communications/letter-text";
import { PUBLIC_CACHE } from "@/lib/open-data/links";
import { findRecentCalls } from "@/lib/questionnaires/find-public-calls";
import { parsePublicFeedFilters } from "@/lib/questionnaires/schemas";
import { callsAtom } from "@/lib/questionnaires/atom";

// R12: an Atom feed of calls for input, with the public page's filters (?mandate=, ?audience=, ?theme=…).
export const GET = route(async (request: NextRequest) => {
  const at = now();
  const calls = await findRecentCalls({ filters: parsePublicFeedFilters(request.nextUrl.searchParams), now: at });
  const xml = callsAtom({ baseUrl: portalBaseUrl(), selfUrl: request.nextUrl.toString(), calls, now: at });
  return new Response(xml, { headers: { "content-type": "application/atom+xml; charset=utf-8", "cache-control": PUBLIC_CACHE } });
});
