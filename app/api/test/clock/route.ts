import { NextResponse } from "next/server";
import { clockOffset, now, testClockEnabled } from "@/lib/core/clock";

// The portal's time as this request sees it: browser tests move it per request with the header
// TEST_CLOCK_HEADER (lib/core/clock.ts) and check here that it is honoured. Exists only when the
// server was started with SP_TEST_CLOCK=1 (scripts/e2e-server.ts); anywhere else it answers 404.
export function GET() {
  if (!testClockEnabled()) return new NextResponse(null, { status: 404 });
  return NextResponse.json({ offsetMs: clockOffset(), now: now().toISOString() }, { headers: { "Cache-Control": "no-store" } });
}
