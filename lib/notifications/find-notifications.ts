import "server-only";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/policy";
import { loadPage } from "../core/pagination";
import { notificationSentence, type NotificationParams } from "./mail-text";

/** The person's own notifications, newest first, with the sentence in their language. */
export async function findNotifications({ actor, page, locale, now }: { actor: Actor; page: number; locale: string; now: Date }) {
  assertCan(actor, "account:own");
  // A notice dated later (a letter dispatched out of hours is sent, and told, at the next opening) waits.
  const where = { userId: actor.userId, createdAt: { lte: now } };
  const [{ total, pages, rows }, unread] = await Promise.all([
    loadPage({
      page,
      count: () => prisma.notification.count({ where }),
      rows: (w) =>
        prisma.notification.findMany({
          where,
          orderBy: [{ createdAt: "desc" }, { id: "desc" }],
          ...w,
          select: { id: true, kind: true, params: true, createdAt: true, readAt: true, delivery: true },
        }),
    }),
    prisma.notification.count({ where: { ...where, readAt: null } }),
  ]);
  return {
    total,
    unread,
    pages,
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
