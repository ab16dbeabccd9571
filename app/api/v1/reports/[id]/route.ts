import { NextResponse, type NextRequest } from "next/server";
import { route } from "@/lib/server/route";
import { now } from "@/lib/core/clock";
import { getApiReport } from "@/lib/open-data/get-report";
import { PUBLIC_CACHE } from "@/lib/open-data/links";

// Open data (R19): one public report, its documents once published and its summary once public.
export const GET = route(async (_request: NextRequest, ctx: { params: Promise<{ id: string }> }) => {
  const { id } = await ctx.params;
  return NextResponse.json({ data: await getApiReport({ reportId: id, now: now() }) }, { headers: { "cache-control": PUBLIC_CACHE } });
});
