import "server-only";
import type { TransactionClient } from "../db/types";
import { holderUserIds, missionUserIds, notify } from "../notifications/notify";
import { mailMission, missionSelect } from "../notifications/mission-mail";
import { getBusinessHours } from "../platform/enqueue-mail";

/**
 * A call for input issued to States: each State asked is told through its Permanent Mission (R2:
 * generic address, focal point in copy; not urgent, R1), and its users see it in the portal.
 * Returns the mission mails queued.
 */
export async function notifyCallIssued(tx: TransactionClient, o: { questionnaireId: string; now: Date }): Promise<string[]> {
  const q = await tx.questionnaire.findUniqueOrThrow({
    where: { id: o.questionnaireId },
    select: { id: true, title: true, targets: { select: { state: { select: missionSelect } }, orderBy: { stateId: "asc" } } },
  });
  if (q.targets.length === 0) return [];
  const told = { kind: "call.issued" as const, params: { title: q.title }, link: `/portal/questionnaires/${q.id}` };
  // A call may ask every State: one query for the missions, the business hours once.
  const businessHours = await getBusinessHours(tx);
  const byState = new Map<string, string | null>();
  for (const { state } of q.targets) {
    byState.set(state.id, await mailMission(tx, { stateId: state.id, state, businessHours, ...told, now: o.now }));
  }
  await notify(tx, {
    ...told,
    recipients: await missionUserIds(tx, [...byState.keys()]),
    record: { type: "Questionnaire", id: q.id },
    now: o.now,
    missionMailByState: byState,
  });
  return [...byState.values()].filter((id): id is string => id !== null);
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

/** Issuing a call to every State queues a mission mail and notices per State: more time than the default 5 s. */
export const CALL_TRANSACTION = { timeout: 30_000, maxWait: 10_000 } as const;
