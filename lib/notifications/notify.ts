import "server-only";
import type { TransactionClient } from "../db/types";
import type { Prisma } from "../generated/prisma/client";
import { AppError } from "../core/errors";
import { enqueueMail, getBusinessHours } from "../platform/enqueue-mail";
import { portalBaseUrl } from "../communications/letter-text";
import { isNotificationKind, type NotificationKind } from "./kinds";
import { deliveryFor, isSafeLink } from "./rules";
import { notificationMail, type NotificationParams } from "./mail-text";
import { tenureRunningAt } from "../mandates/tenure";
import { onCommitteeAt } from "../auth/committee-seat";

export type NotifyInput = {
  kind: NotificationKind;
  /** The users told (inactive accounts are skipped, and so is `except`). */
  recipients: readonly string[];
  /** What the sentence names: only what every recipient may read (a reference, a title of their record). */
  params: NotificationParams;
  /** The record's page for a recipient (its own page authorises): a path of this site. */
  link: string | ((recipient: { id: string; role: string }) => string);
  record: { type: string; id: string };
  now: Date;
  /** The person who did the step: never told of their own act. */
  except?: string | null;
  /**
   * A mail of its own for a person told at once (e.g. an office-hours booking in the person's time
   * zone); by default the kind's text in the person's language with the link.
   */
  mail?: (recipient: { id: string; email: string; name: string; locale: string; timeZone: string; role: string }) => {
    subject: string;
    text: string;
  };
  /** The outbox kind of that mail (e.g. the step's own "story.decision"); "notification.<kind>" by default. */
  mailKind?: string;
  /** For the mission kinds (R2): the mission's mail already queued by the step (a letter, a visit letter). */
  missionMailId?: string | null;
  /** The same, per State, for a step that tells several States at once (a call for input). */
  missionMailByState?: ReadonlyMap<string, string | null>;
};

/**
 * Tells people that a step waits for them (issue 17, item 5), inside the step's own transaction: a
 * Notification row per person, and the mail — at once (R1: held outside Geneva business hours, never
 * urgent), in the daily digest when the person chose it for the kind, or, for a State user told of a
 * mission kind, the mission's own mail (generic address, focal point in copy: R2). The caller audits
 * the step; notifications are part of it, so nothing is told of a step that was not committed.
 */
export async function notify(tx: TransactionClient, n: NotifyInput): Promise<{ notified: number; mailIds: string[] }> {
  if (!isNotificationKind(n.kind)) throw new AppError("INVALID_INPUT", `Unknown notification kind ${n.kind}`);
  const ids = [...new Set(n.recipients)].filter((id) => id !== n.except);
  if (ids.length === 0) return { notified: 0, mailIds: [] };
  const users = await tx.user.findMany({
    where: { id: { in: ids }, active: true },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      locale: true,
      timeZone: true,
      stateId: true,
      notificationPreferences: { where: { kind: n.kind }, select: { delivery: true } },
    },
    orderBy: { id: "asc" },
  });
  const businessHours = users.length ? await getBusinessHours(tx) : null;
  const baseUrl = portalBaseUrl();
  const mailIds: string[] = [];
  const rows: Prisma.NotificationCreateManyInput[] = [];
  for (const u of users) {
    const link = typeof n.link === "function" ? n.link(u) : n.link;
    if (!isSafeLink(link)) throw new AppError("INVALID_INPUT", "A notification links to a path of this site");
    const choice = u.notificationPreferences[0]?.delivery;
    const delivery = deliveryFor(n.kind, u, choice === "DIGEST" ? "DIGEST" : "IMMEDIATE");
    let outboxMessageId: string | null = null;
    if (delivery === "IMMEDIATE") {
      const text = n.mail?.(u) ?? notificationMail({ locale: u.locale, name: u.name, kind: n.kind, params: n.params, link, baseUrl });
      const m = await enqueueMail(tx, {
        to: [u.email],
        ...text,
        urgent: false,
        kind: n.mailKind ?? `notification.${n.kind}`,
        now: n.now,
        businessHours: businessHours!,
      });
      outboxMessageId = m.id;
      mailIds.push(m.id);
    } else if (delivery === "MISSION") {
      outboxMessageId = (u.stateId ? n.missionMailByState?.get(u.stateId) : undefined) ?? n.missionMailId ?? null;
    }
    rows.push({
      userId: u.id,
      kind: n.kind,
      params: n.params,
      link,
      recordType: n.record.type,
      recordId: n.record.id,
      delivery,
      createdAt: n.now,
      outboxMessageId,
    });
  }
  await tx.notification.createMany({ data: rows });
  return { notified: users.length, mailIds };
}

/** The active users of a State's Permanent Mission. */
export async function missionUserIds(tx: TransactionClient, stateIds: readonly string[]): Promise<string[]> {
  if (stateIds.length === 0) return [];
  const rows = await tx.user.findMany({ where: { role: "STATE", stateId: { in: [...stateIds] }, active: true }, select: { id: true } });
  return rows.map((r) => r.id);
}

/** The users who hold one of these mandates today (a tenure running at `now`). */
export async function holderUserIds(tx: TransactionClient, mandateIds: readonly string[], now: Date): Promise<string[]> {
  if (mandateIds.length === 0) return [];
  const rows = await tx.user.findMany({
    where: {
      role: "MANDATE_HOLDER",
      active: true,
      mandateHolder: {
        tenures: {
          some: { mandateId: { in: [...mandateIds] }, ...tenureRunningAt(now) },
        },
      },
    },
    select: { id: true },
  });
  return rows.map((r) => r.id);
}

/** The secretariat's active users. */
export async function secretariatUserIds(tx: TransactionClient): Promise<string[]> {
  const rows = await tx.user.findMany({ where: { role: "SECRETARIAT", active: true }, select: { id: true } });
  return rows.map((r) => r.id);
}

/** The members with an account of the Coordination Committee sitting at `at` (R15). */
export async function committeeUserIds(tx: TransactionClient, at: Date): Promise<string[]> {
  const rows = await tx.user.findMany({
    where: { role: "MANDATE_HOLDER", active: true, mandateHolder: onCommitteeAt(at) },
    select: { id: true },
  });
  return rows.map((r) => r.id);
}
