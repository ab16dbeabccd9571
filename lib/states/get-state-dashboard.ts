import "server-only";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/policy";
import { AppError } from "../core/errors";
import { NAME_FIELDS } from "../i18n/localized";

/** What the Permanent Mission sees first: its State, what it received and what awaits an answer. */
export async function getStateDashboard({ actor, now = new Date() }: { actor: Actor; now?: Date }) {
  assertCan(actor, "workspace:state");
  const stateId = actor.stateId;
  if (!stateId) throw new AppError("FORBIDDEN", "No State bound to this user");
  const addressed = { status: "SENT" as const, OR: [{ addresseeStateId: stateId }, { copies: { some: { stateId } } }] };
  const [state, received, awaitingReply, visitRequests, focalPoint] = await Promise.all([
    prisma.state.findUniqueOrThrow({
      where: { id: stateId },
      select: { ...NAME_FIELDS, iso3: true },
    }),
    prisma.communication.count({ where: addressed }),
    prisma.communication.count({
      where: { status: "SENT", addresseeStateId: stateId, replies: { none: {} }, replyDueAt: { gte: now } },
    }),
    prisma.visitRequest.count({ where: { stateId, status: { not: "DRAFT" } } }),
    prisma.stateFocalPoint.findFirst({
      where: { stateId, active: true },
      orderBy: { createdAt: "desc" },
      select: { name: true, email: true, phone: true },
    }),
  ]);
  return { state, received, awaitingReply, visitRequests, focalPoint };
}
