import "server-only";
import type { Transporter } from "nodemailer";
import { prisma } from "../db/client";
import type { PrismaClient } from "../generated/prisma/client";
import { isOpen, nextOpening, type BusinessHours } from "./business-hours";
import { getBusinessHours, HELD_OUTSIDE_BUSINESS_HOURS } from "./enqueue-mail";
import { mailFrom } from "./transport";

export const MAX_ATTEMPTS = 5;
/** How long a claimed message is hidden from other workers while it is being sent. */
const LEASE_MS = 10 * 60_000;

type Claimed = {
  id: string;
  toAddresses: string[];
  ccAddresses: string[];
  subject: string;
  textBody: string;
  htmlBody: string | null;
  attempts: number;
  /** When the message became due: restored after sending, so "held until" stays on the record. */
  dueAt: Date;
};

/**
 * Claims the next due message. SKIP LOCKED lets several server processes claim at once without
 * waiting on or taking each other's rows; the claim then moves notBefore past a short lease and
 * commits, so the SMTP conversation runs outside any transaction (the embedded database serialises
 * every connection while one transaction is open) and no other worker picks the message meanwhile.
 */
async function claimNext(db: PrismaClient, now: Date, officeOpen: boolean): Promise<Claimed | null> {
  return db.$transaction(async (tx) => {
    const [due] = await tx.$queryRaw<{ id: string; notBefore: Date }[]>`
      SELECT "id", "notBefore" FROM "OutboxMessage"
      WHERE "status" IN ('PENDING', 'HELD') AND "notBefore" <= ${now} AND "attempts" < ${MAX_ATTEMPTS}
        AND ("urgent" OR ${officeOpen})
      ORDER BY "urgent" DESC, "notBefore", "createdAt"
      LIMIT 1
      FOR UPDATE SKIP LOCKED`;
    if (!due) return null;
    const row = await tx.outboxMessage.update({
      where: { id: due.id },
      data: { notBefore: new Date(now.getTime() + LEASE_MS) },
      select: { id: true, toAddresses: true, ccAddresses: true, subject: true, textBody: true, htmlBody: true, attempts: true },
    });
    return { ...row, dueAt: due.notBefore };
  });
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
      where: { status: { in: ["PENDING", "HELD"] }, urgent: false, notBefore: { lte: now } },
      data: { status: "HELD", heldReason: HELD_OUTSIDE_BUSINESS_HOURS, notBefore: nextOpening(now, bh) },
    });
    counts.held = count;
  }
  for (let i = 0; i < batchSize; i++) {
    const message = await claimNext(db, now, officeOpen);
    if (!message) break;
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
    // Only the SMTP conversation counts as an attempt. Should the database fail right after a send,
    // the error propagates and the mail goes again when its lease ends: at-least-once delivery, and
    // the X-SP-Outbox-Id header lets a recipient's system recognise the duplicate.
    if (failure === null) {
      await db.outboxMessage.update({ where: { id: message.id }, data: { status: "SENT", sentAt: now, notBefore: message.dueAt } });
      counts.sent++;
      continue;
    }
    const attempts = message.attempts + 1;
    const gaveUp = attempts >= MAX_ATTEMPTS;
    await db.outboxMessage.update({
      where: { id: message.id },
      data: {
        attempts,
        lastError: failure,
        // Exponential back-off: 2, 4, 8, 16 minutes; after the fifth failure a person must look.
        status: gaveUp ? "FAILED" : "PENDING",
        notBefore: gaveUp ? message.dueAt : new Date(now.getTime() + 2 ** attempts * 60_000),
      },
    });
    counts[gaveUp ? "failed" : "retrying"]++;
  }
  return counts;
}
