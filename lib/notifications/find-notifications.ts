import "server-only";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/policy";
import { notificationSentence, type NotificationParams } from "./mail-text";

export const NOTIFICATIONS_PAGE_SIZE = 20;

/** The person's own notifications, newest first, with the sentence in their language. */
export async function findNotifications({ actor, page, locale, now }: { actor: Actor; page: number; locale: string; now: Date }) {
  assertCan(actor, "account:own");
  // A notice dated later (a letter dispatched out of hours is sent, and told, at the next opening) waits.
  const where = { userId: actor.userId, createdAt: { lte: now } };
  const [total, unread, rows] = await Promise.all([
    prisma.notification.count({ where }),
    prisma.notification.count({ where: { ...where, readAt: null } }),
    prisma.notification.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * NOTIFICATIONS_PAGE_SIZE,
      take: NOTIFICATIONS_PAGE_SIZE,
      select: { id: true, kind: true, params: true, createdAt: true, readAt: true, delivery: true },
    }),
  ]);
  return {
    total,
    unread,
    pages: Math.max(1, Math.ceil(total / NOTIFICATIONS_PAGE_SIZE)),
    notifications: rows.map(({ params, ...n }) => ({
      ...n,
      text: notificationSentence(locale, n.kind, (params ?? {}) as NotificationParams),
    })),
  };
}

/** How many of the person's notifications are unread (the header's count). */
export async function countUnread(actor: Pick<Actor, "userId">, now: Date): Promise<number> {
  return prisma.notification.count({ where: { userId: actor.userId, readAt: null, createdAt: { lte: now } } });
}
