import { NextResponse, type NextRequest } from "next/server";
import { route } from "@/lib/server/route";
import { now } from "@/lib/core/clock";
import { getApiState } from "@/lib/open-data/states";
import { PUBLIC_CACHE } from "@/lib/open-data/links";

// Open data (R18): one State with the cooperation figures of its public profile.
export const GET = route(async (_request: NextRequest, ctx: { params: Promise<{ iso3: string }> }) => {
  const { iso3 } = await ctx.params;
  return NextResponse.json({ data: await getApiState({ iso3, now: now() }) }, { headers: { "cache-control": PUBLIC_CACHE } });
});
