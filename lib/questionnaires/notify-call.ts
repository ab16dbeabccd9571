import "server-only";
import type { TransactionClient } from "../db/types";
import { holderUserIds, missionUserIds, notify } from "../notifications/notify";
import { mailMission } from "../notifications/mission-mail";

/**
 * A call for input issued to States: each State asked is told through its Permanent Mission (R2:
 * generic address, focal point in copy; not urgent, R1), and its users see it in the portal.
 * Returns the mission mails queued.
 */
export async function notifyCallIssued(tx: TransactionClient, o: { questionnaireId: string; now: Date }): Promise<string[]> {
  const q = await tx.questionnaire.findUniqueOrThrow({
    where: { id: o.questionnaireId },
    select: { id: true, title: true, targets: { select: { stateId: true }, orderBy: { stateId: "asc" } } },
  });
  const told = { kind: "call.issued" as const, params: { title: q.title }, link: `/portal/questionnaires/${q.id}` };
  const mailIds: string[] = [];
  for (const { stateId } of q.targets) {
    const mailId = await mailMission(tx, { stateId, ...told, now: o.now });
    if (mailId) mailIds.push(mailId);
    await notify(tx, {
      ...told,
      recipients: await missionUserIds(tx, [stateId]),
      record: { type: "Questionnaire", id: q.id },
      now: o.now,
      missionMailId: mailId,
    });
  }
  return mailIds;
}

/** An answer received (submitted, or a guest's confirmed): the holders of the call's mandates are told. */
export async function notifyAnswerReceived(tx: TransactionClient, o: { questionnaireId: string; now: Date; except?: string | null }) {
  const q = await tx.questionnaire.findUniqueOrThrow({
    where: { id: o.questionnaireId },
    select: { id: true, title: true, mandates: { select: { mandateId: true } } },
  });
  await notify(tx, {
    kind: "call.answer-received",
    recipients: await holderUserIds(
      tx,
      q.mandates.map((m) => m.mandateId),
      o.now,
    ),
    params: { title: q.title },
    link: `/portal/mandate-holder/questionnaires/${q.id}`,
    record: { type: "Questionnaire", id: q.id },
    now: o.now,
    except: o.except ?? null,
  });
}
