import type { Prisma } from "../generated/prisma/client";

/** The tenures running at `now`: begun, and not ended (an open end, or an end date not yet past). */
export function tenureRunningAt(now: Date): Prisma.MandateTenureWhereInput {
  return { startDate: { lte: now }, OR: [{ endDate: null }, { endDate: { gte: now } }] };
}
