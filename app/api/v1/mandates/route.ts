import { NextResponse } from "next/server";
import { route } from "@/lib/server/route";
import { listApiMandates } from "@/lib/open-data/mandates";
import { PUBLIC_CACHE } from "@/lib/open-data/links";

// Open data (R6): every mandate, active or not.
export const GET = route(async () => {
  return NextResponse.json({ data: await listApiMandates() }, { headers: { "cache-control": PUBLIC_CACHE } });
});
