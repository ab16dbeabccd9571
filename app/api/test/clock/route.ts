import { NextResponse } from "next/server";
import { z } from "zod";
import { clockOffset, setClockOffset, testClockEnabled } from "@/lib/core/clock";

// Browser tests move the portal's clock instead of sleeping. Exists only when the server was started
// with SP_TEST_CLOCK=1 (scripts/e2e-server.ts); anywhere else it answers 404.
const bodySchema = z.object({ offsetDays: z.number().min(-3650).max(3650) });

export async function GET() {
  if (!testClockEnabled()) return new NextResponse(null, { status: 404 });
  return NextResponse.json({ offsetMs: clockOffset() });
}

export async function POST(req: Request) {
  if (!testClockEnabled()) return new NextResponse(null, { status: 404 });
  const parsed = bodySchema.safeParse(await req.json().catch(() => null));
  if (!parsed.success) return NextResponse.json({ error: "INVALID_INPUT" }, { status: 400 });
  setClockOffset(parsed.data.offsetDays * 24 * 60 * 60 * 1000);
  return NextResponse.json({ offsetMs: clockOffset() });
}
