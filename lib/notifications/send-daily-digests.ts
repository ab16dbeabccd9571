import "server-only";
import { prisma } from "../db/client";
import type { PrismaClient } from "../generated/prisma/client";
import { enqueueMail, getBusinessHours } from "../platform/enqueue-mail";
import { portalBaseUrl } from "../communications/letter-text";
import { digestDay } from "./rules";
import { digestMail, type NotificationParams } from "./mail-text";

/**
 * The daily digest (issue 17, item 5): for each person with notices they chose to receive as a digest
 * and not yet sent, one mail gathering them, at most one per person and Geneva day. Safe on several
 * instances and when run twice: the digest row is unique per person and day, created first in the
 * person's own transaction — a second run (or instance) finds it and sends nothing; notices that
 * arrive after today's digest wait for tomorrow's. The mail is not urgent: R1 holds it outside
 * Geneva business hours.
 */
export async function sendDailyDigests({
  db = prisma,
  now,
}: {
  db?: PrismaClient;
  now: Date;
}): Promise<{ digests: number; notices: number }> {
  const day = digestDay(now);
  const waiting = await db.notification.groupBy({
    by: ["userId"],
    where: { delivery: "DIGEST", digestId: null, createdAt: { lte: now } },
    orderBy: { userId: "asc" },
  });
  const counts = { digests: 0, notices: 0 };
  const businessHours = waiting.length ? await getBusinessHours(db) : null;
  for (const { userId } of waiting) {
    const sent = await db.$transaction(async (tx) => {
      const created = await tx.notificationDigest.createMany({ data: [{ userId, genevaDay: day, createdAt: now }], skipDuplicates: true });
      if (created.count === 0) return 0; // today's digest is out already (this run, or another instance)
      const digest = await tx.notificationDigest.findUniqueOrThrow({
        where: { userId_genevaDay: { userId, genevaDay: day } },
        select: { id: true },
      });
      const items = await tx.notification.findMany({
        where: { userId, delivery: "DIGEST", digestId: null, createdAt: { lte: now } },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { id: true, kind: true, params: true, link: true },
      });
      const user = await tx.user.findUniqueOrThrow({
        where: { id: userId },
        select: { email: true, name: true, locale: true, active: true },
      });
      let outboxMessageId: string | null = null;
      if (items.length && user.active) {
        const text = digestMail({
          locale: user.locale,
          name: user.name,
          day,
          items: items.map((i) => ({ kind: i.kind, params: (i.params ?? {}) as NotificationParams, link: i.link })),
          baseUrl: portalBaseUrl(),
        });
        const m = await enqueueMail(tx, {
          to: [user.email],
          ...text,
          urgent: false,
          kind: "notification.digest",
          now,
          businessHours: businessHours!,
        });
        outboxMessageId = m.id;
      }
      await tx.notificationDigest.update({ where: { id: digest.id }, data: { outboxMessageId } });
      await tx.notification.updateMany({ where: { id: { in: items.map((i) => i.id) } }, data: { digestId: digest.id } });
      return items.length;
    });
    if (sent > 0) {
      counts.digests++;
      counts.notices += sent;
    }
  }
  return counts;
}
