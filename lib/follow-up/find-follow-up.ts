import "server-only";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/policy";
import { now as clockNow } from "../core/clock";
import { loadPage, LOG_PAGE_SIZE } from "../core/pagination";
import { findDueFollowUps } from "./find-due-follow-ups";
import { FOLLOW_UP_MAIL_KINDS, followUpKindOf } from "./rules";
import { FOLLOW_UP_SETTINGS } from "./settings";
import { NAME_FIELDS } from "../i18n/localized";

/** The "due now" figures stop counting here; far above what one reply cycle produces. */
const DUE_COUNT_LIMIT = 10_000;

/**
 * For the secretariat (R16): every reminder and follow-up letter queued, newest first, with its
 * communication and where its mail stands in the outbox (R1: held, pending, sent, failed); and what
 * is due now, by the same rules the worker applies.
 */
export async function findFollowUp({ actor, page }: { actor: Actor; page: number }) {
  assertCan(actor, "communication:dispatch");
  const now = clockNow();
  const where = { kind: { in: FOLLOW_UP_MAIL_KINDS } };
  const [{ total, pages, rows }, due] = await Promise.all([
    loadPage({
      page,
      size: LOG_PAGE_SIZE,
      count: () => prisma.outboxMessage.count({ where }),
      rows: (w) =>
        prisma.outboxMessage.findMany({
          where,
          orderBy: [{ createdAt: "desc" }, { id: "desc" }],
          ...w,
          select: {
            id: true,
            kind: true,
            status: true,
            heldReason: true,
            createdAt: true,
            notBefore: true,
            sentAt: true,
            communication: {
              select: {
                id: true,
                reference: true,
                replyDueAt: true,
                addresseeState: { select: { ...NAME_FIELDS } },
                addresseeOtherActor: { select: { name: true } },
              },
            },
          },
        }),
    }),
    findDueFollowUps({ now, settings: FOLLOW_UP_SETTINGS, limit: DUE_COUNT_LIMIT }),
  ]);
  return {
    rows: rows.flatMap(({ kind, ...m }) => {
      const followUpKind = followUpKindOf(kind);
      return followUpKind && m.communication ? [{ ...m, kind: followUpKind, communication: m.communication }] : [];
    }),
    total,
    pages,
    due: {
      reminders: due.filter((d) => d.kind === "reminder").length,
      followUps: due.filter((d) => d.kind === "follow-up").length,
    },
    settings: FOLLOW_UP_SETTINGS,
  };
}
export type FollowUpRow = Awaited<ReturnType<typeof findFollowUp>>["rows"][number];
