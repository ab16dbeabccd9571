// The steps that wait for someone (issue 17, item 5). Each kind is a stable code: stored in
// Notification.kind and NotificationPreference.kind, and the key of its texts in the "notifications"
// catalogs (lib/i18n/messages/notifications/). Pure data, shared by the lib, the pages and the tests.
import type { Role } from "../generated/prisma/enums";

export const NOTIFICATION_KINDS = [
  "cosign.invited",
  "communication.submitted",
  "communication.approved",
  "communication.returned",
  "communication.dispatched",
  "communication.reply-received",
  "visit.dates-proposed",
  "visit.dates-accepted",
  "visit.statement-shared",
  "visit.invitation-received",
  "visit.invitation-answered",
  "call.issued",
  "call.proposal-decided",
  "call.answer-received",
  "advisory.received",
  "advisory.decided",
  "case.assigned",
  "story.moderated",
  "office-hours.booked",
  "office-hours.cancelled",
] as const;

export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export function isNotificationKind(value: string): value is NotificationKind {
  return (NOTIFICATION_KINDS as readonly string[]).includes(value);
}

/**
 * Who may be told of each kind, by role: the preferences page offers a person the kinds of their role.
 * A State is told through its mission (R2) for the kinds in MISSION_KINDS: its users see the notice in
 * the portal, and the mission's own mail (generic address, focal point in copy) is the mail.
 */
export const KIND_ROLES: Record<NotificationKind, readonly Role[]> = {
  "cosign.invited": ["MANDATE_HOLDER"],
  "communication.submitted": ["SECRETARIAT"],
  "communication.approved": ["MANDATE_HOLDER"],
  "communication.returned": ["MANDATE_HOLDER"],
  "communication.dispatched": ["STATE"],
  "communication.reply-received": ["MANDATE_HOLDER"],
  "visit.dates-proposed": ["MANDATE_HOLDER"],
  "visit.dates-accepted": ["STATE"],
  "visit.statement-shared": ["STATE"],
  "visit.invitation-received": ["MANDATE_HOLDER"],
  "visit.invitation-answered": ["STATE"],
  "call.issued": ["STATE"],
  "call.proposal-decided": ["MANDATE_HOLDER"],
  "call.answer-received": ["MANDATE_HOLDER"],
  "advisory.received": ["SECRETARIAT", "MANDATE_HOLDER"],
  "advisory.decided": ["MANDATE_HOLDER", "STATE"],
  "case.assigned": ["MANDATE_HOLDER"],
  "story.moderated": ["CIVIL_SOCIETY"],
  "office-hours.booked": ["MANDATE_HOLDER"],
  "office-hours.cancelled": ["MANDATE_HOLDER"],
};

/** Kinds a State is told of through its Permanent Mission's mail (R2), never by a personal mail. */
export const MISSION_KINDS: ReadonlySet<NotificationKind> = new Set([
  "communication.dispatched",
  "visit.dates-accepted",
  "visit.statement-shared",
  "visit.invitation-answered",
  "call.issued",
]);

/** The kinds whose mail a person of `role` may choose to receive at once or in the daily digest. */
export function choosableKinds(role: Role): NotificationKind[] {
  return NOTIFICATION_KINDS.filter((k) => KIND_ROLES[k].includes(role) && !(role === "STATE" && MISSION_KINDS.has(k)));
}
