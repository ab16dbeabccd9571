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
