import type { NextRequest } from "next/server";
import { route } from "@/lib/server/route";
import { now } from "@/lib/core/clock";
import { portalBaseUrl } from "@/lib/communications/letter-text";
import { PUBLIC_CACHE } from "@/lib/open-data/links";
import { findPublicStories, parseStoryFeedParams } from "@/lib/stories/find-public-stories";
import { storiesAtom } from "@/lib/stories/stories-atom";

// R13: an Atom feed of published good stories, with the public page's filters (?state=, ?mandate=, ?theme=).
export const GET = route(async (request: NextRequest) => {
  const filters = { ...parseStoryFeedParams(request.nextUrl.searchParams), page: 1 };
  const { rows } = await findPublicStories({ filters, pageSize: 50 });
  const filter = [filters.state, filters.mandate, filters.theme].filter(Boolean).join(", ");
  const xml = storiesAtom({
    baseUrl: portalBaseUrl(),
    selfUrl: request.nextUrl.toString(),
    title: `Special Procedures good stories${filter ? ` — ${filter}` : ""}`,
    entries: rows,
    now: now(),
  });
  return new Response(xml, { headers: { "content-type": "application/atom+xml; charset=utf-8", "cache-control": PUBLIC_CACHE } });
});
