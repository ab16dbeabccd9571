import "server-only";
import { prisma } from "../db/client";
import type { Prisma } from "../generated/prisma/client";
import type { CommunicationStatus } from "../generated/prisma/enums";
import type { Actor } from "../auth/actor";
import { now as clockNow } from "../core/clock";
import { loadPage } from "../core/pagination";
import { communicationScopeFor } from "./scope";
import { displayStatus } from "./rules";
import { NAME_FIELDS } from "../i18n/localized";

/**
 * A workspace list: the actor's scope, optionally narrowed to workflow statuses; newest first.
 * For a State user, each row says whether that user has opened it.
 */
export async function findCommunications({ actor, page = 1, statuses }: { actor: Actor; page?: number; statuses?: CommunicationStatus[] }) {
  const now = clockNow();
  const where: Prisma.CommunicationWhereInput = {
    AND: [communicationScopeFor(actor, now), statuses?.length ? { status: { in: statuses } } : {}],
  };
  const { total, pages, rows } = await loadPage({
    page,
    count: () => prisma.communication.count({ where }),
    rows: (w) =>
      prisma.communication.findMany({
        where,
        orderBy: [{ sentAt: { sort: "desc", nulls: "first" } }, { updatedAt: "desc" }],
        ...w,
        select: {
          id: true,
          type: true,
          status: true,
          reference: true,
          subject: true,
          urgent: true,
          sample: true,
          sentAt: true,
          replyDueAt: true,
          publicFrom: true,
          updatedAt: true,
          addresseeStateId: true,
          addresseeState: { select: { ...NAME_FIELDS } },
          addresseeOtherActor: { select: { name: true } },
          mandates: { select: { status: true, mandateId: true } },
          _count: { select: { replies: true } },
          reads: { where: { userId: actor.userId }, select: { readAt: true } },
        },
      }),
  });
  return {
    total,
    pages,
    now,
    rows: rows.map(({ reads, _count, ...r }) => ({
      ...r,
      replyCount: _count.replies,
      unread: actor.role === "STATE" && reads.length === 0,
      shownStatus: displayStatus({ ...r, replyCount: _count.replies }, now),
      // Invitations to co-sign addressed to this holder's mandates.
      invitedMandateIds: r.mandates.filter((m) => m.status === "INVITED" && actor.mandateIds.includes(m.mandateId)).map((m) => m.mandateId),
    })),
  };
}
export type CommunicationRow = Awaited<ReturnType<typeof findCommunications>>["rows"][number];
