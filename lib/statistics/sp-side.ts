// R20: the Special Procedures' side of cooperation — what mandates did with the visits States agreed
// to, and after them. Pure: the query (find-sp-side.ts) hands over one row per visit request.
import type { VisitRequestStatus } from "../generated/prisma/enums";
import { genevaCalendarDate } from "../core/geneva";
import { dueStatus } from "../reports/rules";
import { rate } from "./cooperation";

const DAY_MS = 86_400_000;

/**
 * R20: a State's invitation the mandate has neither accepted nor declined this many days after it was
 * extended (no answer, or only "not now") counts as not taken up — the same 60 days after which a
 * request a State left unanswered is recalled to it (R9).
 */
export const INVITATION_ANSWER_DAYS = 60;

/** One sent visit request, as the public record has it (public timeline events only). */
export type SpSideRequest = {
  status: VisitRequestStatus;
  /** A State's invitation (the public INVITATION event): when it was extended; null for a mandate's request. */
  invitedAt?: Date | null;
  /** The mandate's first answer to the invitation (accepted, declined or "not now"), as public events. */
  invitationAnswers?: readonly { kind: "INVITATION_ACCEPTED" | "INVITATION_DECLINED" | "INVITATION_DEFERRED"; at: Date }[];
  /** The State's first yes: its acceptance (with or without dates). */
  acceptedAt: Date | null;
  /** The mandate's answer to that yes: the visit's dates agreed (the SCHEDULED event). */
  scheduledAt: Date | null;
  /** The visit, once dates are agreed: its last day (a Geneva calendar day). */
  visitEnd: Date | null;
  /** Follow-up letters recorded on the request (FOLLOW_UP events), with their dates. */
  followUpsAt: readonly Date[];
  /** The first published report on the visit: when it was submitted. */
  reportSubmittedAt: Date | null;
};

/** One public report with a due date (R19): when it was due and submitted (Geneva calendar days). */
export type SpSideReport = { dueAt: Date; submittedAt: Date | null };

export type SpSideFigures = {
  /** Requests a State said yes to. */
  accepted: number;
  /** …whose visit the mandate then arranged (dates agreed). */
  takenUp: number;
  /** Median days from the State's yes to the mandate agreeing dates; null when none. */
  medianDaysToTakeUp: number | null;
  /** A yes the mandate let drop: the request withdrawn with no visit arranged. */
  notTakenUp: number;
  /** A yes still waiting for the mandate to agree dates. */
  awaitingMandate: number;
  /** Visits whose last day has passed. */
  visitsCompleted: number;
  /** …with at least one follow-up letter dated after the visit's last day. */
  followedUp: number;
  followUpRate: number | null;
  /** …with a published report, and the median days from the visit's last day to its submission. */
  reported: number;
  medianDaysToReport: number | null;
  /**
   * Public reports with a due date (R19) that have fallen due — submitted, or their due day over —
   * and how many of them were delayed (R19's late flag). One still due is neither.
   */
  reportsDue: number;
  reportsDelayed: number;
  delayedRate: number | null;
  /** States' invitations to mandates. */
  invitations: number;
  /** …that the mandate answered (accepted, declined or "not now"). */
  invitationsAnswered: number;
  /** Median days from an invitation to the mandate's first answer; null when none. */
  medianDaysToInvitationAnswer: number | null;
  /** …accepted by the mandate. */
  invitationsAccepted: number;
  /**
   * …not taken up: declined; accepted, then withdrawn without a visit; or neither accepted nor declined
   * INVITATION_ANSWER_DAYS after the invitation.
   */
  invitationsNotTakenUp: number;
  /** …still awaiting the mandate's first answer, within those days. */
  invitationsAwaitingAnswer: number;
};

/** The median of a list of numbers, one decimal; null for an empty list. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const m = sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return Math.round(m * 10) / 10;
}

const days = (from: Date, to: Date) => (to.getTime() - from.getTime()) / DAY_MS;

/**
 * R20. A visit "took place" once its last day is over in Geneva (the Geneva day of `now` is after
 * it); a follow-up letter counts for a visit only when its Geneva day is after that last day; a report
 * counts once published. A yes is "not taken up" when the mandate withdrew the request without a
 * visit; "awaiting" while no visit is arranged and the request is still open (accepted, or dates
 * proposed). A report is delayed as R19 flags it late: submitted after its due day, or not submitted
 * and its due day over in Geneva. A State's invitation counts on the mandate's side: how
 * many it answered, how fast (to its first answer, "not now" included), and how many it did not take
 * up (declined; accepted, then withdrawn without a visit; or left neither accepted nor declined
 * INVITATION_ANSWER_DAYS after it was extended).
 */
export function spSideFigures(requests: readonly SpSideRequest[], now: Date, reports: readonly SpSideReport[] = []): SpSideFigures {
  let accepted = 0;
  let takenUp = 0;
  let notTakenUp = 0;
  let awaitingMandate = 0;
  let visitsCompleted = 0;
  let followedUp = 0;
  let reported = 0;
  const inv = { invitations: 0, answered: 0, accepted: 0, notTakenUp: 0, awaiting: 0 };
  const toAnswer: number[] = [];
  const toTakeUp: number[] = [];
  const toReport: number[] = [];
  const today = genevaCalendarDate(now).getTime();
  const dayOf = (d: Date) => Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
  for (const r of requests) {
    const arranged = r.scheduledAt !== null || r.visitEnd !== null;
    if (r.invitedAt && r.invitedAt <= now) {
      inv.invitations += 1;
      const answers = (r.invitationAnswers ?? []).filter((a) => a.at <= now);
      const first = answers.reduce<Date | null>((min, a) => (min === null || a.at < min ? a.at : min), null);
      if (first) {
        inv.answered += 1;
        toAnswer.push(Math.max(0, days(r.invitedAt, first)));
      }
      const acceptedInv = answers.some((a) => a.kind === "INVITATION_ACCEPTED");
      const declinedInv = answers.some((a) => a.kind === "INVITATION_DECLINED");
      const overdue = days(r.invitedAt, now) > INVITATION_ANSWER_DAYS;
      if (acceptedInv) inv.accepted += 1;
      if (declinedInv || (acceptedInv && !arranged && r.status === "WITHDRAWN") || (!acceptedInv && overdue)) inv.notTakenUp += 1;
      else if (r.status === "INVITED") inv.awaiting += 1;
    }
    if (r.acceptedAt) {
      accepted += 1;
      if (arranged) {
        takenUp += 1;
        if (r.scheduledAt && r.scheduledAt >= r.acceptedAt) toTakeUp.push(days(r.acceptedAt, r.scheduledAt));
      } else if (r.status === "WITHDRAWN") notTakenUp += 1;
      else if (r.status === "ACCEPTED" || r.status === "DATES_PROPOSED") awaitingMandate += 1;
    }
    const visitEnd = r.visitEnd;
    if (visitEnd && dayOf(visitEnd) < today) {
      visitsCompleted += 1;
      const lastDay = dayOf(visitEnd);
      if (r.followUpsAt.some((at) => genevaCalendarDate(at).getTime() > lastDay && at <= now)) followedUp += 1;
      if (r.reportSubmittedAt && r.reportSubmittedAt <= now) {
        reported += 1;
        toReport.push(Math.max(0, days(visitEnd, r.reportSubmittedAt)));
      }
    }
  }
  return {
    accepted,
    takenUp,
    medianDaysToTakeUp: median(toTakeUp),
    notTakenUp,
    awaitingMandate,
    visitsCompleted,
    followedUp,
    followUpRate: rate(followedUp, visitsCompleted),
    reported,
    medianDaysToReport: median(toReport),
    ...delayedReports(reports, now),
    invitations: inv.invitations,
    invitationsAnswered: inv.answered,
    medianDaysToInvitationAnswer: median(toAnswer),
    invitationsAccepted: inv.accepted,
    invitationsNotTakenUp: inv.notTakenUp,
    invitationsAwaitingAnswer: inv.awaiting,
  };
}

/**
 * R20's "reports delayed": of the public reports with a due date that have fallen due (submitted, or
 * the due day over in Geneva), those R19 flags late — submitted after the due day, or overdue.
 */
export function delayedReports(reports: readonly SpSideReport[], now: Date) {
  let reportsDue = 0;
  let reportsDelayed = 0;
  for (const r of reports) {
    const status = dueStatus(r, now);
    if (status === "DUE" || status === "DUE_SOON") continue;
    reportsDue += 1;
    if (status === "SUBMITTED_LATE" || status === "OVERDUE") reportsDelayed += 1;
  }
  return { reportsDue, reportsDelayed, delayedRate: rate(reportsDelayed, reportsDue) };
}
