import "server-only";
import { z } from "zod";
import { prisma } from "../db/client";
import type { Db, TransactionClient } from "../db/types";
import { AppError } from "../core/errors";
import { businessHoursSchema, isOpen, nextOpening, parseBusinessHours, type BusinessHours } from "./business-hours";

/** Why a message waits. A stable code stored in OutboxMessage.heldReason, translated in the UI. */
export const HELD_OUTSIDE_BUSINESS_HOURS = "outside-business-hours";

export type MailInput = {
  to: string[];
  cc?: string[];
  subject: string;
  text: string;
  html?: string;
  /**
   * The "Urgent" label, for urgent appeals only (R1): an urgent mail goes at once, whatever the hour.
   * Nothing else is urgent — not a receipt, not an office-hours booking.
   */
  urgent: boolean;
  /**
   * Goes whatever the hour without being labelled urgent: account-security mail a person waits for at
   * the screen (an invitation, a password reset, a second-factor reset). Default false: R1 holds it.
   */
  atOnce?: boolean;
  /** What the mail is about, e.g. "communication.dispatch"; shown to the secretariat. */
  kind: string;
  communicationId?: string | null;
  now: Date;
  businessHours: BusinessHours;
};

const address = z.email();

function normalise(list: string[], field: "to" | "cc"): string[] {
  const out = [...new Set(list.map((a) => a.trim().toLowerCase()).filter(Boolean))];
  const invalid = out.filter((a) => !address.safeParse(a).success);
  if (invalid.length) throw new AppError("INVALID_INPUT", `Invalid mail address in ${field}: ${invalid.join(", ")}`);
  return out;
}

/** R1: only urgent appeals and account-security mail go outside Geneva business hours. */
export function sendsWhateverTheHour(msg: { urgent: boolean; atOnce?: boolean | null }): boolean {
  return msg.urgent || msg.atOnce === true;
}

/**
 * Puts one mail in the outbox, inside the caller's transaction (the caller writes the audit entry):
 * the mail exists if and only if the change that caused it was committed. Nothing is sent here;
 * deliverDueMail sends it when it is due.
 */
export async function enqueueMail(tx: TransactionClient, msg: MailInput) {
  const to = normalise(msg.to, "to");
  if (to.length === 0) throw new AppError("INVALID_INPUT", "A mail needs at least one recipient.");
  // One copy per person: a mission's contact (R2) may also be its generic address.
  const cc = normalise(msg.cc ?? [], "cc").filter((a) => !to.includes(a));
  // R1: non-urgent mail waits for the next Geneva opening, and the record says why and until when.
  const held = !sendsWhateverTheHour(msg) && !isOpen(msg.now, msg.businessHours);
  return tx.outboxMessage.create({
    data: {
      toAddresses: to,
      ccAddresses: cc,
      subject: msg.subject,
      textBody: msg.text,
      htmlBody: msg.html ?? null,
      urgent: msg.urgent,
      atOnce: msg.atOnce === true && !msg.urgent,
      kind: msg.kind,
      communicationId: msg.communicationId ?? null,
      status: held ? "HELD" : "PENDING",
      notBefore: held ? nextOpening(msg.now, msg.businessHours) : msg.now,
      heldReason: held ? HELD_OUTSIDE_BUSINESS_HOURS : null,
      createdAt: msg.now,
    },
    select: { id: true, status: true, notBefore: true, heldReason: true, toAddresses: true, ccAddresses: true },
  });
}

/** The "businessHours" setting (R1), or the Geneva default when it is absent or invalid. */
export async function getBusinessHours(db: Db = prisma): Promise<BusinessHours> {
  const row = await db.setting.findUnique({ where: { key: "businessHours" }, select: { value: true } });
  if (row && !businessHoursSchema.safeParse(row.value).success) {
    // Falling back is safer than sending at any hour, but the secretariat should fix the setting.
    console.warn('The "businessHours" setting is invalid; using the Geneva default.');
  }
  return parseBusinessHours(row?.value);
}
