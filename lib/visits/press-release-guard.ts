import "server-only";
import { prisma } from "../db/client";
import type { Db } from "../db/types";
import { AppError } from "../core/errors";
import { debriefingRecorded } from "./statement-rules";

/**
 * R4: no press activity on a visit before the debriefing with the State. For the publication of a
 * press release linked to a visit (PressRelease.visitId): true when it may go out as far as the visit
 * is concerned — no visit linked, or the visit's debriefing is recorded.
 */
export async function visitDebriefingAllowsPublication({
  visitId,
  now,
  db = prisma,
}: {
  visitId: string | null;
  now: Date;
  db?: Db;
}): Promise<boolean> {
  if (!visitId) return true;
  const visit = await db.visit.findUnique({ where: { id: visitId }, select: { debriefingAt: true } });
  return visit !== null && debriefingRecorded(visit, now);
}

/** The same, as a guard: CONFLICT "visits.debriefingFirst" (translated in the UI) when it may not. */
export async function assertVisitDebriefed(opts: { visitId: string | null; now: Date; db?: Db }): Promise<void> {
  if (!(await visitDebriefingAllowsPublication(opts))) throw new AppError("CONFLICT", "visits.debriefingFirst");
}
