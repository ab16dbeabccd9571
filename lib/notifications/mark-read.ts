import "server-only";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/policy";
import { AppError } from "../core/errors";
import { isSafeLink } from "./rules";

// Reading a notification is the person's own state, like a letter marked read (CommunicationRead):
// not audited (README, "Notifications"). Another person's notification is not found.

/** Marks one of the person's notifications read; returns its link. */
export async function markNotificationRead({ actor, id, now }: { actor: Actor; id: string; now: Date }): Promise<{ link: string }> {
  assertCan(actor, "account:own");
  const n = await prisma.notification.findFirst({
    where: { id, userId: actor.userId, createdAt: { lte: now } },
    select: { id: true, link: true, readAt: true },
  });
  if (!n) throw new AppError("NOT_FOUND", "notifications.notFound");
  if (!n.readAt) await prisma.notification.updateMany({ where: { id: n.id, readAt: null }, data: { readAt: now } });
  return { link: isSafeLink(n.link) ? n.link : "/portal/notifications" };
}

/** Marks every unread notification of the person read. */
export async function markAllNotificationsRead({ actor, now }: { actor: Actor; now: Date }): Promise<{ count: number }> {
  assertCan(actor, "account:own");
  const { count } = await prisma.notification.updateMany({
    where: { userId: actor.userId, readAt: null, createdAt: { lte: now } },
    data: { readAt: now },
  });
  return { count };
}
