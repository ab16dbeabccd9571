import "server-only";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { mayActAsRequester } from "../auth/visits-policy";
import { AppError } from "../core/errors";
import { now as clockNow } from "../core/clock";
import { writeAudit } from "../platform/write-audit";
import { tellMission } from "../notifications/tell-mission";
import { addEvent, loadRequestForUpdate, setStatus } from "./request-record";
import { transition, type VisitAction } from "./state-machine";
import type { InvitationAnswerInput } from "./schemas";

const ACTIONS: Record<InvitationAnswerInput["answer"], VisitAction> = {
  accept: "acceptInvitation",
  decline: "declineInvitation",
  notNow: "deferInvitation",
};

const NOTES: Record<InvitationAnswerInput["answer"], string> = {
  accept: "The mandate accepted the invitation; the dates of the visit are to be agreed.",
  decline: "The mandate declined the invitation.",
  notNow: "The mandate cannot take up the invitation for now.",
};

/**
 * The mandate answers a State's invitation (its holder, or the secretariat on its behalf): accept — the
 * record becomes an accepted visit whose dates are agreed as for a request —, decline with a reason
 * (kept from the public record, like a State's), or "not now" (the invitation stays open to a later
 * yes or no). The mission is told (R2). An invitation of another mandate is not found.
 */
export async function answerInvitation({ actor, input }: { actor: Actor; input: InvitationAnswerInput }) {
  const now = clockNow();
  return prisma.$transaction(async (tx) => {
    const r = await loadRequestForUpdate(tx, actor, input.visitRequestId);
    if (!mayActAsRequester(actor, r)) throw new AppError("NOT_FOUND", "No such visit request");
    if (r.initiator !== "STATE") throw new AppError("CONFLICT", "visits.notAllowedNow");
    const action = ACTIONS[input.answer];
    const step = transition(r.status, action, "requester");
    if (!step.ok) throw new AppError("CONFLICT", "visits.notAllowedNow");
    const declineReason = input.answer === "decline" ? input.reason : null;
    // The first answer dates the mandate's reply; a "not now" followed by a yes or no keeps that date.
    await setStatus(tx, r, step.to, { declineReason, ...(r.answeredAt ? {} : { answeredAt: now }) });
    const note = [NOTES[input.answer], declineReason, input.note].filter(Boolean).join(" ");
    const event = await addEvent(tx, { visitRequestId: r.id, kind: step.event, at: now, note, actor });
    const mailId = await tellMission(tx, {
      stateId: r.stateId,
      kind: "visit.invitation-answered",
      params: { mandate: r.mandate.titleEn },
      link: `/portal/state/visits/${r.id}`,
      record: { type: "VisitRequest", id: r.id },
      now,
    });
    await writeAudit(tx, {
      actor,
      action: `visit-request.${action}`,
      entityType: "VisitRequest",
      entityId: r.id,
      before: { status: r.status },
      after: { status: step.to, declineReason, note: input.note, eventId: event.id, outboxMessageId: mailId },
    });
    return { id: r.id, status: step.to };
  });
}
