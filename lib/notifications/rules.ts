// Pure rules of notifications (issue 17, item 5), unit-tested in rules.test.ts.
import { genevaDate } from "../core/geneva";
import { sameOriginPath } from "../auth/safe-callback";
import { MISSION_KINDS, type NotificationKind } from "./kinds";

export type Delivery = "IMMEDIATE" | "DIGEST" | "MISSION";
export type Choice = "IMMEDIATE" | "DIGEST";

/**
 * How one person is told: a State user of a mission kind through the mission's mail (R2); anyone
 * else as they chose for the kind — at once unless they asked for the daily digest.
 */
export function deliveryFor(kind: NotificationKind, recipient: { role: string }, choice: Choice | undefined): Delivery {
  if (recipient.role === "STATE" && MISSION_KINDS.has(kind)) return "MISSION";
  return choice === "DIGEST" ? "DIGEST" : "IMMEDIATE";
}

/** The Geneva day a digest belongs to: one digest per person per Geneva calendar day. */
export function digestDay(now: Date): string {
  return genevaDate(now);
}

/**
 * A notification's link must stay on this site: the same-origin path test of sign-in destinations
 * (lib/auth/safe-callback.ts), and already in its normal form. Checked when written and when followed.
 */
export function isSafeLink(link: string): boolean {
  return sameOriginPath(link) === link;
}
