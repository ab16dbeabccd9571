// Pure rules of R16: a reminder before the reply deadline, then follow-up letters to an addressee
// that did not reply. What was sent is read from the outbox (OutboxMessage.kind), so the outbox is
// the one record of every reminder and follow-up letter; R7 counts the same unanswered letters.
import type { CommunicationStatus } from "../generated/prisma/enums";
import { DAY_MS } from "../communications/rules";
import type { FollowUpSettings } from "./settings";

export type FollowUpKind = "reminder" | "follow-up";

/** The OutboxMessage.kind of each: also the audit action of the mutation that queued it. */
export const FOLLOW_UP_MAIL_KIND = {
  reminder: "communication.reminder",
  "follow-up": "communication.follow-up",
} as const satisfies Record<FollowUpKind, string>;

export const FOLLOW_UP_MAIL_KINDS: string[] = Object.values(FOLLOW_UP_MAIL_KIND);

export function followUpKindOf(mailKind: string): FollowUpKind | null {
  if (mailKind === FOLLOW_UP_MAIL_KIND.reminder) return "reminder";
  if (mailKind === FOLLOW_UP_MAIL_KIND["follow-up"]) return "follow-up";
  return null;
}

export type FollowUpState = {
  status: CommunicationStatus;
  sentAt: Date | null;
  replyDueAt: Date | null;
  replyCount: number;
  /** Where the letter went: the mission's address or the other actor's; null when there is none. */
  addresseeEmail: string | null;
  remindersSent: Date[];
  followUpsSent: Date[];
};

/** The dates of the reminders and follow-up letters already queued, from the outbox rows. */
export function sentFollowUps(messages: { kind: string; createdAt: Date }[]) {
  const of = (kind: FollowUpKind) => messages.filter((m) => followUpKindOf(m.kind) === kind).map((m) => m.createdAt);
  return { remindersSent: of("reminder"), followUpsSent: of("follow-up") };
}

/**
 * What is due now for one communication, if anything. Only a letter that has gone (SENT, sentAt
 * reached) and has no reply. A reminder: once, when the deadline is at most `reminderDaysBefore`
 * days ahead. A follow-up letter: once the deadline has passed by `followUpDaysAfter` days, at most
 * `maxFollowUps`, each `followUpIntervalDays` after the previous one. No address, no mail.
 */
export function dueFollowUp(c: FollowUpState, now: Date, settings: FollowUpSettings): FollowUpKind | null {
  if (c.status !== "SENT" || !c.sentAt || !c.replyDueAt || c.sentAt > now) return null;
  if (c.replyCount > 0 || !c.addresseeEmail?.trim()) return null;
  const untilDeadline = c.replyDueAt.getTime() - now.getTime();
  if (untilDeadline > 0) {
    return untilDeadline <= settings.reminderDaysBefore * DAY_MS && c.remindersSent.length === 0 ? "reminder" : null;
  }
  if (-untilDeadline < settings.followUpDaysAfter * DAY_MS) return null;
  if (c.followUpsSent.length >= settings.maxFollowUps) return null;
  const previous = Math.max(...c.followUpsSent.map((d) => d.getTime())); // -Infinity when none
  return now.getTime() - previous >= settings.followUpIntervalDays * DAY_MS ? "follow-up" : null;
}
