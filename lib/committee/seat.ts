import "server-only";
import { prisma } from "../db/client";
import type { Db } from "../db/types";
import { now } from "../core/clock";
import { committeeYearAt } from "../auth/committee-seat";
import type { Actor } from "../auth/actor";
import type { CommitteeSeat } from "../auth/committee-policy";

/** The actor's seat on the Committee of `year`: read from that year's membership, never from the client. */
export async function committeeSeatOf(db: Db, actor: Actor | null, year: number): Promise<CommitteeSeat> {
  if (!actor || actor.role !== "MANDATE_HOLDER" || !actor.mandateHolderId) return null;
  const seat = await db.committeeMembership.findUnique({
    where: { year_mandateHolderId: { year, mandateHolderId: actor.mandateHolderId } },
    select: { role: true },
  });
  return seat?.role ?? null;
}

/** The years in which the actor sat on the Committee (whose drafts it may read). */
export async function committeeYearsOf(db: Db, actor: Actor | null): Promise<number[]> {
  if (!actor || actor.role !== "MANDATE_HOLDER" || !actor.mandateHolderId) return [];
  const seats = await db.committeeMembership.findMany({ where: { mandateHolderId: actor.mandateHolderId }, select: { year: true } });
  return seats.map((s) => s.year);
}

/** The actor's seat on the Committee in force now (lib/auth/committee-seat.ts, portal clock). */
export async function currentCommitteeSeat(actor: Actor | null): Promise<{ year: number; seat: CommitteeSeat }> {
  const year = committeeYearAt(now());
  return { year, seat: await committeeSeatOf(prisma, actor, year) };
}
