// Pure rules of communications (R5, R7): reference numbers, deadlines, publication, status shown.
import type { CommunicationStatus, CommunicationType } from "../generated/prisma/enums";

export const DAY_MS = 24 * 60 * 60 * 1000;

/** "AL USA 12/2026": type, ISO3 of the addressee State or OTH for other actors, running number, year. */
export function formatReference(type: CommunicationType, code: string, number: number, year: number): string {
  return `${type} ${code} ${number}/${year}`;
}

const REFERENCE = /^(AL|UA|OL) ([A-Z]{3}) (\d{1,6})\/(\d{4})$/;

export function parseReference(value: string) {
  const m = REFERENCE.exec(value.trim().toUpperCase().replace(/\s+/g, " "));
  if (!m) return null;
  return { type: m[1] as CommunicationType, code: m[2]!, number: Number(m[3]), year: Number(m[4]) };
}

/** The reference code: the addressee State's ISO3, or OTH for a non-State addressee. */
export function referenceCode(addressee: { kind: "STATE" | "OTHER_ACTOR"; iso3?: string | null }): string {
  if (addressee.kind === "STATE") {
    if (!addressee.iso3 || !/^[A-Z]{3}$/.test(addressee.iso3)) throw new Error("A State addressee needs its ISO3 code");
    return addressee.iso3;
  }
  return "OTH";
}

/** R5: the reply deadline and the moment the communication becomes public are the same instant. */
export function replyDeadline(sentAt: Date, replyPeriodDays: number): Date {
  return new Date(sentAt.getTime() + replyPeriodDays * DAY_MS);
}

/**
 * R5: replies in the working languages of the communications database need no translation; any other
 * language is published as received, marked "translation pending" until the secretariat attaches one.
 */
export const LANGUAGES_WITHOUT_TRANSLATION: readonly string[] = ["en", "fr", "es"];

export function translationStatusFor(language: string): "NOT_NEEDED" | "PENDING" {
  return LANGUAGES_WITHOUT_TRANSLATION.includes(language) ? "NOT_NEEDED" : "PENDING";
}

/**
 * R5: the instant a sent letter becomes public — the end of its reply period, or, when the letter
 * publishes replies on receipt (the setting communications.publishRepliesOnReceipt as it was when the
 * letter was sent, which its text announced), the receipt of its first reply if that came earlier.
 * One instant per letter, however many mandates signed it. Stored as `publicFrom` and compared with
 * the clock in SQL: nothing flips later.
 */
export function publicationInstant(c: {
  replyDueAt: Date;
  publishRepliesOnReceipt: boolean;
  replies: readonly { receivedAt: Date }[];
}): Date {
  if (!c.publishRepliesOnReceipt) return c.replyDueAt;
  let at = c.replyDueAt;
  for (const r of c.replies) if (r.receivedAt < at) at = r.receivedAt;
  return at;
}

/** R5: a reply is public with its letter, and one received after the letter is public, on receipt. */
export function replyPublicFrom(letterPublicFrom: Date, receivedAt: Date): Date {
  return receivedAt > letterPublicFrom ? receivedAt : letterPublicFrom;
}

/**
 * What happens to a reply the addressee sends now (the reply form says it, R5): public at once, or
 * with the letter at the end of the reply period.
 */
export function replyPublishedAt(
  c: { replyDueAt: Date; publishRepliesOnReceipt: boolean; replies: readonly { receivedAt: Date }[] },
  now: Date,
): Date {
  const letter = publicationInstant({ ...c, replies: [...c.replies, { receivedAt: now }] });
  return replyPublicFrom(letter, now);
}

export type DisplayStatus =
  "draft" | "in_review" | "returned" | "approved" | "scheduled" | "sent" | "replied" | "reply_overdue" | "published" | "withdrawn";

/** The status a person sees, derived from the stored workflow status and the dates. */
export function displayStatus(
  c: { status: CommunicationStatus; sentAt: Date | null; replyDueAt: Date | null; publicFrom: Date | null; replyCount: number },
  now: Date,
): DisplayStatus {
  switch (c.status) {
    case "DRAFT":
      return "draft";
    case "IN_REVIEW":
      return "in_review";
    case "RETURNED":
      return "returned";
    case "APPROVED":
      return "approved";
    case "WITHDRAWN":
      return "withdrawn";
    case "SCHEDULED":
    case "SENT": {
      if (!c.sentAt || c.sentAt > now) return "scheduled";
      if (c.publicFrom && c.publicFrom <= now) return "published";
      if (c.replyCount > 0) return "replied";
      if (c.replyDueAt && c.replyDueAt < now) return "reply_overdue";
      return "sent";
    }
  }
}

/** Whole days left until a deadline (negative once passed), counted on the clock, not the calendar. */
export function daysLeft(deadline: Date, now: Date): number {
  return Math.ceil((deadline.getTime() - now.getTime()) / DAY_MS);
}

/** Statuses in which the lead mandate may still edit the letter. */
export const EDITABLE_STATUSES: readonly CommunicationStatus[] = ["DRAFT", "RETURNED"];
