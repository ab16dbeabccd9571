import "server-only";
import { prisma } from "../db/client";
import type { Prisma } from "../generated/prisma/client";
import type { CommunicationType } from "../generated/prisma/enums";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/policy";
import { AppError } from "../core/errors";
import { now as clockNow } from "../core/clock";
import { communicationScopeFor } from "../communications/scope";
import { FOLLOW_UP_MAIL_KINDS, followUpKindOf } from "../follow-up/rules";
import { periodById } from "./periods";
import { findOutstanding } from "./find-outstanding";
import { NAME_FIELDS, TITLE_FIELDS } from "../i18n/localized";

const addresseeSelect = {
  addresseeKind: true,
  addresseeState: { select: { ...NAME_FIELDS } },
  addresseeOtherActor: { select: { name: true } },
} satisfies Prisma.CommunicationSelect;

const TYPES: readonly CommunicationType[] = ["AL", "UA", "OL"];

/**
 * What the joint communications report for one Council session lists (periods.ts):
 * (a) the communications sent in its sent window, each saying whether it was answered by the end of
 *     its replies window — a reply that came before the replies window opened counts too;
 * (b) the replies received in its replies window to communications sent before the sent window;
 * (c) R16: the reminders and follow-up letters queued in its sent window, "shown in the next joint
 *     report" — the outbox is their one record (lib/follow-up/rules.ts);
 * (d) R7: the communications still outstanding, per State (find-outstanding.ts);
 * (e) the totals. Sample letters count like any other: the demo data is sample data.
 * A handful of queries whatever the size of the period: nothing is loaded per row.
 */
export async function getJointReport({ actor, periodId }: { actor: Actor | null; periodId: string }) {
  assertCan(actor, "communication:review");
  const period = periodById(periodId);
  if (!period) throw new AppError("NOT_FOUND", `No joint report period "${periodId}"`);
  const now = clockNow();
  const scope = communicationScopeFor(actor, now);
  const { sentFrom, sentTo, repliesFrom, repliesTo } = period;

  const [sent, earlierReplies, followUps, outstanding] = await Promise.all([
    prisma.communication.findMany({
      where: { AND: [scope, { status: "SENT", sentAt: { gte: sentFrom, lt: sentTo, lte: now } }] },
      orderBy: [{ sentAt: "asc" }, { id: "asc" }],
      select: {
        id: true,
        reference: true,
        type: true,
        sentAt: true,
        ...addresseeSelect,
        mandates: {
          where: { status: { in: ["LEAD", "SIGNED"] } },
          orderBy: { status: "asc" },
          select: { mandate: { select: { ...TITLE_FIELDS } } },
        },
        replies: { where: { receivedAt: { lt: repliesTo } }, orderBy: { receivedAt: "asc" }, take: 1, select: { receivedAt: true } },
      },
    }),
    prisma.communicationReply.findMany({
      where: {
        receivedAt: { gte: repliesFrom, lt: repliesTo },
        communication: { AND: [scope, { status: "SENT", sentAt: { lt: sentFrom } }] },
      },
      orderBy: [{ receivedAt: "asc" }, { id: "asc" }],
      select: {
        id: true,
        receivedAt: true,
        communication: { select: { id: true, reference: true, type: true, sentAt: true, ...addresseeSelect } },
      },
    }),
    prisma.outboxMessage.findMany({
      where: {
        kind: { in: FOLLOW_UP_MAIL_KINDS },
        createdAt: { gte: sentFrom, lt: sentTo },
        communicationId: { not: null },
        communication: { is: scope },
      },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: {
        id: true,
        kind: true,
        createdAt: true,
        status: true,
        notBefore: true,
        sentAt: true,
        communication: { select: { id: true, reference: true, replyDueAt: true, ...addresseeSelect } },
      },
    }),
    findOutstanding({ period, scope }),
  ]);

  const sentRows = sent.flatMap(({ sentAt, reference, mandates, replies, ...c }) =>
    sentAt && reference
      ? [{ ...c, sentAt, reference, mandates: mandates.map((m) => m.mandate), repliedAt: replies[0]?.receivedAt ?? null }]
      : [],
  );
  const answered = sentRows.filter((c) => c.repliedAt).length;
  return {
    period,
    now,
    sent: sentRows,
    earlierReplies: earlierReplies.flatMap(({ communication: c, ...r }) =>
      c.reference && c.sentAt ? [{ ...r, communication: { ...c, reference: c.reference, sentAt: c.sentAt } }] : [],
    ),
    followUps: followUps.flatMap(({ kind, communication: c, ...m }) => {
      const followUpKind = followUpKindOf(kind);
      return followUpKind && c?.reference ? [{ ...m, kind: followUpKind, communication: { ...c, reference: c.reference } }] : [];
    }),
    outstanding,
    totals: {
      sent: sentRows.length,
      byType: Object.fromEntries(TYPES.map((t) => [t, sentRows.filter((c) => c.type === t).length])) as Record<CommunicationType, number>,
      toStates: sentRows.filter((c) => c.addresseeKind === "STATE").length,
      toOtherActors: sentRows.filter((c) => c.addresseeKind === "OTHER_ACTOR").length,
      answered,
      /** Share of (a) answered by the end of the replies window; null when nothing was sent. */
      replyRate: sentRows.length ? answered / sentRows.length : null,
      earlierReplies: earlierReplies.length,
      followUps: followUps.length,
      outstanding: outstanding.total,
    },
  };
}
export type JointReport = Awaited<ReturnType<typeof getJointReport>>;
