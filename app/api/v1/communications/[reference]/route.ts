import { NextResponse, type NextRequest } from "next/server";
import { route } from "@/lib/server/route";
import { now } from "@/lib/core/clock";
import { getApiCommunication } from "@/lib/open-data/get-communication";
import { PUBLIC_CACHE } from "@/lib/open-data/links";

// Open data (R5): one published communication by reference ("AL-USA-12-2026" or "AL%20USA%2012%2F2026").
export const GET = route(async (_request: NextRequest, ctx: { params: Promise<{ reference: string }> }) => {
  const { reference } = await ctx.params;
  const data = await getApiCommunication({ reference, now: now() });
  return NextResponse.json({ data }, { headers: { "cache-control": PUBLIC_CACHE } });
});
