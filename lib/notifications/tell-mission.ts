import "server-only";
import type { TransactionClient } from "../db/types";
import type { NotificationKind } from "./kinds";
import type { NotificationParams } from "./mail-text";
import { mailMission } from "./mission-mail";
import { missionUserIds, notify } from "./notify";

/**
 * R2: one State is told of a step on one of its records — a mail to its Permanent Mission (focal
 * point in copy) and a notification to the mission's users in the portal, which names that mail.
 * Returns the mail's id (null when the mission has no address).
 */
export async function tellMission(
  tx: TransactionClient,
  o: { stateId: string; kind: NotificationKind; params: NotificationParams; link: string; record: { type: string; id: string }; now: Date },
): Promise<string | null> {
  const told = { kind: o.kind, params: o.params, link: o.link };
  const mailId = await mailMission(tx, { stateId: o.stateId, ...told, now: o.now });
  await notify(tx, { ...told, recipients: await missionUserIds(tx, [o.stateId]), record: o.record, now: o.now, missionMailId: mailId });
  return mailId;
}
