import { NextResponse } from "next/server";
import { route } from "@/lib/server/route";
import { now } from "@/lib/core/clock";
import { listApiStates } from "@/lib/open-data/states";
import { PUBLIC_CACHE } from "@/lib/open-data/links";

// Open data (R18): every State, with its Council membership this year.
export const GET = route(async () => {
  return NextResponse.json({ data: await listApiStates({ now: now() }) }, { headers: { "cache-control": PUBLIC_CACHE } });
});
