import "server-only";
import type { Transporter } from "nodemailer";
import { prisma } from "../db/client";
import type { PrismaClient } from "../generated/prisma/client";
import type { TransactionClient } from "../db/types";
import { isOpen, nextOpening, type BusinessHours } from "../platform/business-hours";
import { getBusinessHours, HELD_OUTSIDE_BUSINESS_HOURS } from "../platform/enqueue-mail";
import { mailFrom } from "./transport";
import { hideSecretTokens } from "./secret-tokens";

export const MAX_ATTEMPTS = 5;
/** Longest a claimed message's transaction may stay open: above the transport's own timeouts (transport.ts). */
const SEND_TIMEOUT_MS = 150_000;

type Claimed = {
  id: string;
  toAddresses: string[];
  ccAddresses: string[];
  subject: string;
  textBody: string;
  htmlBody: string | null;
  attempts: number;
};

/**
 * Claims the next due message inside the caller's transaction: the row stays locked (FOR UPDATE)
 * while it is being sent, and SKIP LOCKED lets other instances take the next one meanwhile. Should
 * the process die mid-send, PostgreSQL ends its session and releases the row at once: another
 * instance's next run sends it (issue 14: an instance killed mid-run loses no mail).
 */
async function claimNext(tx: TransactionClient, now: Date, officeOpen: boolean): Promise<Claimed | null> {
  const [due] = await tx.$queryRaw<Claimed[]>`
    SELECT "id", "toAddresses", "ccAddresses", "subject", "textBody", "htmlBody", "attempts" FROM "OutboxMessage"
    WHERE "status" IN ('PENDING', 'HELD') AND "notBefore" <= ${now} AND "attempts" < ${MAX_ATTEMPTS}
      AND ("urgent" OR "atOnce" OR ${officeOpen})
    ORDER BY "urgent" DESC, "atOnce" DESC, "notBefore", "createdAt"
    LIMIT 1
    FOR UPDATE SKIP LOCKED`;
  return due ?? null;
}

export type DeliveryCounts = { sent: number; retrying: number; failed: number; held: number };

/**
 * Sends the mail that is due. R1 is checked again here, not only when the mail was queued: a
 * non-urgent message that comes due while the office is closed (the worker was down, SMTP was out,
 * a holiday was added to the setting) is held until the next opening, and the record says so.
 * Without a transport nothing is sent and nothing changes: the mail stays visible in the outbox.
 */
export async function deliverDueMail({
  db = prisma,
  now,
  transport,
  batchSize = 100,
  businessHours,
  from = mailFrom(),
}: {
  db?: PrismaClient;
  now: Date;
  transport: Transporter | null;
  /** At most this many messages per run; each is claimed and sent on its own. */
  batchSize?: number;
  /** Defaults to the "businessHours" setting. */
  businessHours?: BusinessHours;
  from?: string;
}): Promise<DeliveryCounts> {
  const counts: DeliveryCounts = { sent: 0, retrying: 0, failed: 0, held: 0 };
  if (!transport) return counts;
  const bh = businessHours ?? (await getBusinessHours(db));
  const officeOpen = isOpen(now, bh);
  if (!officeOpen) {
    const { count } = await db.outboxMessage.updateMany({
      where: { status: { in: ["PENDING", "HELD"] }, urgent: false, atOnce: false, notBefore: { lte: now } },
      data: { status: "HELD", heldReason: HELD_OUTSIDE_BUSINESS_HOURS, notBefore: nextOpening(now, bh) },
    });
    counts.held = count;
  }
  for (let i = 0; i < batchSize; i++) {
    const outcome = await db.$transaction(
      async (tx) => {
        const message = await claimNext(tx, now, officeOpen);
        if (!message) return null;
        let failure: string | null = null;
        try {
          await transport.sendMail({
            from,
            to: message.toAddresses,
            cc: message.ccAddresses,
            subject: message.subject,
            text: message.textBody,
            html: message.htmlBody ?? undefined,
            headers: { "X-SP-Outbox-Id": message.id },
          });
        } catch (err) {
          failure = (err instanceof Error ? err.message : String(err)).slice(0, 1000) || "Unknown error";
        }
        // Only the SMTP conversation counts as an attempt. Should the commit fail right after a send,
        // the mail goes again on a later run: at-least-once delivery, and the X-SP-Outbox-Id header
        // lets a recipient's system recognise the duplicate.
        if (failure === null) {
          // Sent: the single-use secrets of its links (invitation, reset, status) leave the outbox.
          await tx.outboxMessage.update({
            where: { id: message.id },
            data: {
              status: "SENT",
              sentAt: now,
              textBody: hideSecretTokens(message.textBody),
              htmlBody: message.htmlBody === null ? null : hideSecretTokens(message.htmlBody),
            },
          });
          return "sent" as const;
        }
        const attempts = message.attempts + 1;
        const gaveUp = attempts >= MAX_ATTEMPTS;
        await tx.outboxMessage.update({
          where: { id: message.id },
          data: {
            attempts,
            lastError: failure,
            // Exponential back-off: 2, 4, 8, 16 minutes; after the fifth failure the message is FAILED,
            // listed under "Mail that could not be delivered" for the secretariat to retry.
            status: gaveUp ? "FAILED" : "PENDING",
            ...(gaveUp ? {} : { notBefore: new Date(now.getTime() + 2 ** attempts * 60_000) }),
          },
        });
        return gaveUp ? ("failed" as const) : ("retrying" as const);
      },
      { timeout: SEND_TIMEOUT_MS, maxWait: 10_000 },
    );
    if (!outcome) break;
    counts[outcome]++;
  }
  return counts;
}
