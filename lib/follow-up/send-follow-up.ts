import "server-only";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { writeAudit } from "../platform/write-audit";
import { enqueueMail } from "../platform/enqueue-mail";
import type { BusinessHours } from "../platform/business-hours";
import { portalBaseUrl } from "../communications/letter-text";
import { dueFollowUp, FOLLOW_UP_MAIL_KIND, FOLLOW_UP_MAIL_KINDS, sentFollowUps, type FollowUpKind } from "./rules";
import { communicationRecipients, recipientLocale, recipientSelect } from "../communications/recipients";
import { mailName } from "../i18n/mail-locale";
import { followUpMailText } from "./follow-up-text";
import type { FollowUpSettings } from "./settings";
import { TITLE_FIELDS } from "../i18n/localized";

/**
 * Queues the reminder or follow-up letter due now for one communication, if one still is, with its
 * audit entry, in one transaction (R16). The mail goes through the outbox, not urgent: R1 holds it
 * outside Geneva business hours, and R2 copies the focal point. Returns what was queued, or null.
 */
export async function sendFollowUp({
  communicationId,
  now,
  actor,
  businessHours,
  settings,
}: {
  communicationId: string;
  now: Date;
  actor: Actor | null;
  businessHours: BusinessHours;
  settings: FollowUpSettings;
}): Promise<FollowUpKind | null> {
  return prisma.$transaction(
    async (tx) => {
      // Several server processes may run at once: a second run waits here, then re-reads below and
      // finds the mail already queued. Re-checking under the lock is what makes a run idempotent.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`communication-follow-up:${communicationId}`}))`;
      const c = await tx.communication.findUnique({
        where: { id: communicationId },
        select: {
          id: true,
          status: true,
          sample: true,
          reference: true,
          subject: true,
          sentAt: true,
          replyDueAt: true,
          publishRepliesOnReceipt: true,
          ...recipientSelect,
          mandates: {
            where: { status: { in: ["LEAD", "SIGNED"] } },
            orderBy: { status: "asc" },
            select: { mandate: { select: { ...TITLE_FIELDS } } },
          },
          _count: { select: { replies: true } },
          outbox: { where: { kind: { in: FOLLOW_UP_MAIL_KINDS } }, select: { kind: true, createdAt: true } },
        },
      });
      if (!c || c.sample || !c.reference || !c.sentAt || !c.replyDueAt) return null;
      const { to, cc, addressee } = communicationRecipients(c);
      const already = sentFollowUps(c.outbox);
      const kind = dueFollowUp(
        {
          status: c.status,
          sentAt: c.sentAt,
          replyDueAt: c.replyDueAt,
          replyCount: c._count.replies,
          addresseeEmail: to[0] ?? null,
          ...already,
        },
        now,
        settings,
      );
      if (!kind) return null;
      // One mail in the addressee mission's language, copies included (recipients.ts).
      const locale = recipientLocale(c);
      const mail = followUpMailText({
        locale,
        kind,
        reference: c.reference,
        mandateTitles: c.mandates.map((m) => mailName(m.mandate, "title", locale)),
        addressee,
        subject: c.subject,
        sentAt: c.sentAt,
        replyDueAt: c.replyDueAt,
        publishRepliesOnReceipt: c.publishRepliesOnReceipt,
        portalUrl: `${portalBaseUrl()}/portal/state/communications/${c.id}`,
      });
      const action = FOLLOW_UP_MAIL_KIND[kind];
      const queued = await enqueueMail(tx, { to, cc, ...mail, urgent: false, kind: action, communicationId: c.id, now, businessHours });
      await writeAudit(tx, {
        actor,
        action,
        entityType: "Communication",
        entityId: c.id,
        after: {
          reference: c.reference,
          // Which follow-up letter this is (1, 2…), as the joint report may cite it (R16).
          ...(kind === "follow-up" ? { followUpNumber: already.followUpsSent.length + 1 } : {}),
          replyDueAt: c.replyDueAt,
          outboxMessageId: queued.id,
          mailStatus: queued.status,
          notBefore: queued.notBefore,
          mailTo: queued.toAddresses,
          mailCc: queued.ccAddresses,
        },
      });
      return kind;
    },
    { maxWait: 30_000, timeout: 30_000 },
  );
}
