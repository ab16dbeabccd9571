// Pure rules of press releases (R3: capitals get time before a press release). No database here:
// the callers load the record, the setting and the clock, and act on the decision.
import type { Actor } from "../auth/actor";
import { can, servesMandate } from "../auth/policy";
import type { PressReleaseStatus } from "../generated/prisma/enums";

const HOUR_MS = 60 * 60 * 1000;

/** R3: an early press release needs "an explicit justification" — a sentence, not a word. */
export const EARLY_JUSTIFICATION_MIN_LENGTH = 20;

/** Only a draft may change: once shared, the State holds this text (R3). */
export const EDITABLE_STATUSES: readonly PressReleaseStatus[] = ["DRAFT"];

/** R3 concerns press releases "linked to a communication or visit"; an unlinked one owes no lead time. */
export function isLinked(pr: { communicationId: string | null; visitId: string | null }): boolean {
  return pr.communicationId !== null || pr.visitId !== null;
}

/** R3: the first instant at which a shared press release may be issued. */
export function earliestPublication(sharedWithStateAt: Date, leadTimeHours: number): Date {
  return new Date(sharedWithStateAt.getTime() + leadTimeHours * HOUR_MS);
}

/**
 * Publishing is the secretariat's act. Until a dedicated permission exists, the secretariat is
 * recognised by the one permission only it holds among press-release managers (dispatch).
 */
export function mayPublish(actor: Actor | null): boolean {
  return can(actor, "press-release:publish");
}

/** The holder of the press release's mandate, or the secretariat, shares it with the State. */
export function mayShare(actor: Actor | null, pr: { mandateId: string | null }): boolean {
  if (!can(actor, "press-release:manage")) return false;
  return mayPublish(actor) || (pr.mandateId !== null && servesMandate(actor, pr.mandateId));
}

export type PublicationDecision =
  | { kind: "allowed"; early: boolean }
  | { kind: "not-publishable" }
  | { kind: "not-shared" }
  | { kind: "lead-time"; possibleFrom: Date }
  | { kind: "justification-required"; replyDueAt: Date };

/**
 * R3: a linked press release is published only once the State has had the lead time since it was
 * shared; before the linked communication's reply deadline it also needs a recorded justification.
 * `early` tells the caller to record the justification.
 */
export function publicationDecision(opts: {
  pressRelease: { status: PressReleaseStatus; communicationId: string | null; visitId: string | null; sharedWithStateAt: Date | null };
  replyDueAt: Date | null;
  leadTimeHours: number;
  justification: string | null;
  now: Date;
}): PublicationDecision {
  const { pressRelease: pr, now } = opts;
  if (pr.status !== "DRAFT" && pr.status !== "SHARED_WITH_STATE") return { kind: "not-publishable" };
  if (!isLinked(pr)) return { kind: "allowed", early: false };
  if (pr.status !== "SHARED_WITH_STATE" || !pr.sharedWithStateAt) return { kind: "not-shared" };
  const possibleFrom = earliestPublication(pr.sharedWithStateAt, opts.leadTimeHours);
  if (possibleFrom > now) return { kind: "lead-time", possibleFrom };
  if (opts.replyDueAt && now < opts.replyDueAt) {
    const justification = opts.justification?.trim() ?? "";
    if (justification.length < EARLY_JUSTIFICATION_MIN_LENGTH) return { kind: "justification-required", replyDueAt: opts.replyDueAt };
    return { kind: "allowed", early: true };
  }
  return { kind: "allowed", early: false };
}

/** Whether publishing now would come before the linked communication's reply deadline (R3). */
export function beforeReplyDeadline(replyDueAt: Date | null, now: Date): boolean {
  return replyDueAt !== null && now < replyDueAt;
}
