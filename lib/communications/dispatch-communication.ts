import "server-only";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/policy";
import { AppError } from "../core/errors";
import { writeAudit } from "../platform/write-audit";
import { now as clockNow } from "../core/clock";
import { genevaYear } from "../core/geneva";
import { getSettings } from "../platform/get-settings";
import { enqueueMail, getBusinessHours } from "../platform/enqueue-mail";
import { nextOpening } from "../platform/business-hours";
import { formatReference, publicationInstant, referenceCode, replyDeadline } from "./rules";
import { letterMailText, portalBaseUrl } from "./letter-text";
import { communicationRecipients, recipientLocale, recipientSelect } from "./recipients";
import { mailName } from "../i18n/mail-locale";
import { missionUserIds, notify } from "../notifications/notify";
import { TITLE_FIELDS } from "../i18n/localized";

/**
 * The secretariat dispatches an approved letter: it gets the next reference number for its code and
 * year (gap-free: numbers are taken under a transaction-scoped lock), its deadline, and goes to the
 * mission and its focal point through the outbox. R1: a non-urgent letter dispatched outside Geneva
 * business hours is sent, and dated, at the next opening; an urgent appeal goes at once.
 */
export async function dispatchCommunication({ actor, input }: { actor: Actor; input: { communicationId: string } }) {
  assertCan(actor, "communication:dispatch");
  const now = clockNow();
  return prisma.$transaction(
    async (tx) => {
      const c = await tx.communication.findUnique({
        where: { id: input.communicationId },
        select: {
          id: true,
          status: true,
          type: true,
          urgent: true,
          subject: true,
          body: true,
          addresseeKind: true,
          addresseeStateId: true,
          addresseeState: { select: { iso3: true, ...recipientSelect.addresseeState.select } },
          addresseeOtherActor: recipientSelect.addresseeOtherActor,
          copies: recipientSelect.copies,
          mandates: {
            where: { status: { in: ["LEAD", "SIGNED"] } },
            select: { mandate: { select: { ...TITLE_FIELDS } } },
          },
        },
      });
      if (!c) throw new AppError("NOT_FOUND", "No such communication");
      if (c.status !== "APPROVED") throw new AppError("CONFLICT", "communications.notApproved");
      const [settings, businessHours] = await Promise.all([getSettings(tx), getBusinessHours(tx)]);
      const sentAt = c.urgent ? now : nextOpening(now, businessHours);
      const year = genevaYear(sentAt);
      const code = referenceCode({ kind: c.addresseeKind, iso3: c.addresseeState?.iso3 });
      // Serialises numbering per (code, year) until this transaction ends: unique and gap-free.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`communication-ref:${code}:${year}`}))`;
      const [row] = await tx.$queryRaw<{ next: number }[]>`
      SELECT (COALESCE(MAX("referenceNumber"), 0) + 1)::int AS next
      FROM "Communication" WHERE "referenceCode" = ${code} AND "referenceYear" = ${year}`;
      const number = row!.next;
      const reference = formatReference(c.type, code, number, year);
      const replyDueAt = replyDeadline(sentAt, settings["communications.replyPeriodDays"]);
      // R5: the letter keeps the rule it announces (letter-text.ts, the PDF): a later change of the
      // setting does not change what was promised to its addressee.
      const publishRepliesOnReceipt = settings["communications.publishRepliesOnReceipt"];
      await tx.communication.update({
        where: { id: c.id },
        data: {
          status: "SENT",
          reference,
          referenceCode: code,
          referenceYear: year,
          referenceNumber: number,
          sentAt,
          replyDueAt,
          publicFrom: publicationInstant({ replyDueAt, publishRepliesOnReceipt, replies: [] }),
          publishRepliesOnReceipt,
        },
      });

      const { to, cc, addressee } = communicationRecipients(c);
      const locale = recipientLocale(c);
      const mail = letterMailText({
        locale,
        reference,
        mandateTitles: c.mandates.map((m) => mailName(m.mandate, "title", locale)),
        addressee,
        subject: c.subject,
        body: c.body,
        replyDueAt,
        publishRepliesOnReceipt,
        portalUrl: `${portalBaseUrl()}/portal/state/communications/${c.id}`,
      });
      const letter =
        to.length > 0
          ? await enqueueMail(tx, { to, cc, ...mail, urgent: c.urgent, kind: "communication", communicationId: c.id, now, businessHours })
          : null;
      // The mission's users see it in the portal from the moment it is sent; the letter's own mail
      // (mission and focal point, R2) is the mail that tells them.
      if (c.addresseeStateId) {
        await notify(tx, {
          kind: "communication.dispatched",
          recipients: await missionUserIds(tx, [c.addresseeStateId]),
          params: { reference },
          link: `/portal/state/communications/${c.id}`,
          record: { type: "Communication", id: c.id },
          now: sentAt,
          missionMailId: letter?.id ?? null,
        });
      }
      await writeAudit(tx, {
        actor,
        action: "communication.dispatch",
        entityType: "Communication",
        entityId: c.id,
        before: { status: c.status },
        after: { status: "SENT", reference, sentAt, replyDueAt, publishRepliesOnReceipt, mailTo: to, mailCc: cc },
      });
      return { id: c.id, reference, sentAt, replyDueAt, heldUntilOpening: sentAt > now };
      // Dispatches of the same code and year queue on the numbering lock: let them wait their turn.
    },
    { maxWait: 30_000, timeout: 30_000 },
  );
}
