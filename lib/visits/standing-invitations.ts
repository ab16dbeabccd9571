import "server-only";
import { prisma } from "../db/client";
import type { Db } from "../db/types";
import type { Actor } from "../auth/actor";
import { mayManageStandingInvitations } from "../auth/visits-policy";
import { AppError } from "../core/errors";
import { now as clockNow } from "../core/clock";
import { writeAudit } from "../platform/write-audit";
import { reviewStandingInvitation, STANDING_INVITATION_REVIEW_YEARS, standingInvitationInForce, type Ineffective } from "./effectiveness";
import { publicVisitRequestScope } from "./scope";
import { NAME_FIELDS, TITLE_FIELDS } from "../i18n/localized";

/**
 * R10: the register of standing invitations (in force or withdrawn, with dates) and the yearly review:
 * each State whose invitation is in force is checked against its visit requests of the review window;
 * a "not effective" one lists the requests that make it so. Two queries, whatever the number of States.
 */
export async function findStandingInvitations({ now, db = prisma }: { now: Date; db?: Db }) {
  const since = new Date(now);
  since.setUTCFullYear(since.getUTCFullYear() - STANDING_INVITATION_REVIEW_YEARS);
  const invitations = await db.standingInvitation.findMany({
    orderBy: [{ state: { nameEn: "asc" } }, { extendedOn: "asc" }],
    select: {
      id: true,
      stateId: true,
      extendedOn: true,
      withdrawnOn: true,
      note: true,
      state: { select: { iso3: true, ...NAME_FIELDS } },
    },
  });
  const inForce = await db.standingInvitation.findMany({ where: standingInvitationInForce(now), select: { id: true, stateId: true } });
  const inForceIds = [...new Set(inForce.map((si) => si.stateId))];
  const current = new Set(inForce.map((si) => si.id));
  const requests = await db.visitRequest.findMany({
    // R10 weighs the State's answers to requests; its own invitations are not requests to answer.
    where: { AND: [publicVisitRequestScope, { initiator: "MANDATE", stateId: { in: inForceIds }, requestedAt: { gte: since } }] },
    select: {
      id: true,
      stateId: true,
      status: true,
      requestedAt: true,
      stateProposedStart: true,
      mandate: { select: { slug: true, ...TITLE_FIELDS } },
    },
  });
  const byState = new Map<string, typeof requests>();
  for (const r of requests) byState.set(r.stateId, [...(byState.get(r.stateId) ?? []), r]);
  return invitations.map((si) => {
    if (!current.has(si.id)) return { ...si, current: false, review: null };
    const own = byState.get(si.stateId) ?? [];
    const review = reviewStandingInvitation(own, now);
    const found = new Map(own.map((r) => [r.id, r]));
    return {
      ...si,
      current: true,
      review: {
        notEffective: review.notEffective,
        requests: review.requests.map((x) => ({ ...found.get(x.id)!, reason: x.reason as Ineffective | null })),
      },
    };
  });
}
export type StandingInvitationRow = Awaited<ReturnType<typeof findStandingInvitations>>[number];

/** The secretariat records a standing invitation extended by a State. */
export async function addStandingInvitation({
  actor,
  input,
}: {
  actor: Actor;
  input: { stateId: string; extendedOn: Date; note: string | null };
}) {
  if (!mayManageStandingInvitations(actor)) throw new AppError("FORBIDDEN", "Not allowed: visit:record");
  return prisma.$transaction(async (tx) => {
    const state = await tx.state.findUnique({ where: { id: input.stateId }, select: { id: true } });
    if (!state) throw new AppError("INVALID_INPUT", "No such State", { stateId: ["visits.stateRequired"] });
    if (input.extendedOn > clockNow()) throw new AppError("INVALID_INPUT", "In the future", { extendedOn: ["visits.dateInFuture"] });
    const open = await tx.standingInvitation.count({ where: { stateId: input.stateId, withdrawnOn: null } });
    if (open > 0) throw new AppError("INVALID_INPUT", "Already in force", { stateId: ["visits.invitationInForce"] });
    const si = await tx.standingInvitation.create({ data: input, select: { id: true } });
    await writeAudit(tx, { actor, action: "standing-invitation.create", entityType: "StandingInvitation", entityId: si.id, after: input });
    return si;
  });
}

/** The secretariat records that a State withdrew its standing invitation. */
export async function withdrawStandingInvitation({
  actor,
  input,
}: {
  actor: Actor;
  input: { standingInvitationId: string; withdrawnOn: Date };
}) {
  if (!mayManageStandingInvitations(actor)) throw new AppError("FORBIDDEN", "Not allowed: visit:record");
  return prisma.$transaction(async (tx) => {
    const si = await tx.standingInvitation.findUnique({
      where: { id: input.standingInvitationId },
      select: { id: true, extendedOn: true, withdrawnOn: true },
    });
    if (!si) throw new AppError("NOT_FOUND", "No such standing invitation");
    if (si.withdrawnOn) throw new AppError("CONFLICT", "visits.alreadyDone");
    if (input.withdrawnOn < si.extendedOn || input.withdrawnOn > clockNow())
      throw new AppError("INVALID_INPUT", "Bad date", { withdrawnOn: ["visits.dateInvalid"] });
    await tx.standingInvitation.update({ where: { id: si.id }, data: { withdrawnOn: input.withdrawnOn } });
    await writeAudit(tx, {
      actor,
      action: "standing-invitation.withdraw",
      entityType: "StandingInvitation",
      entityId: si.id,
      before: si,
      after: input,
    });
    return { id: si.id };
  });
}
