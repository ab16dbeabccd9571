import "server-only";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { mayActAsRequester } from "../auth/visits-policy";
import { AppError } from "../core/errors";
import { now as clockNow } from "../core/clock";
import { writeAudit } from "../platform/write-audit";
import { tellMission } from "../notifications/tell-mission";
import { portalBaseUrl } from "../communications/letter-text";
import type { TransactionClient } from "../db/types";
import { addEvent, describeDates, loadRequestForUpdate, setStatus, type RequestForUpdate } from "./request-record";
import { transition, type VisitAction } from "./state-machine";
import { sendReminderMail, sendRequestMail } from "./visit-mail";
import { genevaCalendarDate } from "../core/geneva";
import type { RequesterActionInput, ScheduleInput } from "./schemas";
import { pastVisitDates, requesterActionRefusal } from "./visit-dates";

const DATES_PASSED = "The dates the Government proposed have passed; new dates are requested.";

function assertRequester(actor: Actor, r: RequestForUpdate) {
  if (!mayActAsRequester(actor, r)) throw new AppError("NOT_FOUND", "No such visit request");
}

/**
 * R9: once dates are agreed the visit exists and is announced at once — on the public visits page
 * and in the Atom feed — with a public "scheduled" entry on the timeline.
 */
async function scheduleVisit(
  tx: TransactionClient,
  actor: Actor,
  r: RequestForUpdate,
  action: VisitAction,
  start: Date,
  end: Date,
  now: Date,
) {
  const step = transition(r.status, action, "requester");
  if (!step.ok) throw new AppError("CONFLICT", "visits.notAllowedNow");
  const past = pastVisitDates({ start, end, today: genevaCalendarDate(now) });
  if (past) throw new AppError("INVALID_INPUT", "Visit dates in the past", past);
  await setStatus(tx, r, step.to);
  const data = { startDate: start, endDate: end, announcedAt: now };
  const visit = await tx.visit.upsert({
    where: { visitRequestId: r.id },
    create: { visitRequestId: r.id, ...data, createdAt: now },
    update: data,
    select: { id: true },
  });
  const event = await addEvent(tx, {
    visitRequestId: r.id,
    kind: "SCHEDULED",
    at: now,
    note: `Visit scheduled: ${describeDates(start, end)}.`,
    actor,
  });
  // The holder accepted the State's dates: the mission is told (R2), and its users see it in the portal.
  let mailId: string | null = null;
  if (action === "acceptProposedDates") {
    mailId = await tellMission(tx, {
      stateId: r.stateId,
      kind: "visit.dates-accepted",
      params: { mandate: r.mandate.titleEn },
      link: `/portal/state/visits/${r.id}`,
      record: { type: "VisitRequest", id: r.id },
      now,
    });
  }
  await writeAudit(tx, {
    actor,
    action: `visit-request.${action}`,
    entityType: "VisitRequest",
    entityId: r.id,
    before: { status: r.status, visit: r.visit ? { startDate: r.visit.startDate, endDate: r.visit.endDate } : null },
    after: { status: step.to, visitId: visit.id, ...data, eventId: event.id, ...(mailId ? { outboxMessageId: mailId } : {}) },
  });
  return { id: r.id, status: step.to, visitId: visit.id };
}

/** After an acceptance in principle, the requesting side records the dates agreed with the State. */
export async function scheduleAgreedVisit({ actor, input }: { actor: Actor; input: ScheduleInput }) {
  const now = clockNow();
  return prisma.$transaction(async (tx) => {
    const r = await loadRequestForUpdate(tx, actor, input.visitRequestId);
    assertRequester(actor, r);
    return scheduleVisit(tx, actor, r, "schedule", input.start, input.end, now);
  });
}

/**
 * The requesting side's one-step actions: send a draft, remind the State (through the outbox, R9),
 * agree to the dates the State proposed (the visit is then scheduled), mark a visit completed once its
 * last day has come, withdraw the request.
 */
export async function requesterAction({ actor, input }: { actor: Actor; input: RequesterActionInput }) {
  const now = clockNow();
  return prisma.$transaction(async (tx) => {
    const r = await loadRequestForUpdate(tx, actor, input.visitRequestId);
    assertRequester(actor, r);
    const refusal = requesterActionRefusal(input.action, r, genevaCalendarDate(now));
    if (refusal) throw new AppError("CONFLICT", refusal);
    if (input.action === "acceptProposedDates") {
      if (!r.stateProposedStart || !r.stateProposedEnd) throw new AppError("CONFLICT", "visits.noProposedDates");
      return scheduleVisit(tx, actor, r, "acceptProposedDates", r.stateProposedStart, r.stateProposedEnd, now);
    }
    const step = transition(r.status, input.action, "requester");
    if (!step.ok) throw new AppError("CONFLICT", "visits.notAllowedNow");
    if (input.action === "complete" && (!r.visit || r.visit.endDate > genevaCalendarDate(now)))
      throw new AppError("CONFLICT", "visits.notEndedYet");
    const portalUrl = `${portalBaseUrl()}/portal/state/visits/${r.id}`;
    const asksNewDates = input.action === "remind" && r.status === "DATES_PROPOSED" ? DATES_PASSED : null;
    const note = [asksNewDates, input.note].filter(Boolean).join(" ") || null;
    let mailId: string | null = null;
    if (input.action === "send") mailId = await sendRequestMail(tx, { visitRequestId: r.id, now, portalUrl });
    if (input.action === "remind") mailId = await sendReminderMail(tx, { visitRequestId: r.id, now, portalUrl, note });
    // A reminder about proposed dates that have passed asks for new ones: those dates no longer stand.
    const cleared = r.status === "DATES_PROPOSED" ? { stateProposedStart: null, stateProposedEnd: null } : {};
    await setStatus(tx, r, step.to, input.action === "send" ? { requestedAt: now } : cleared);
    const notes: Record<string, string> = {
      send: "Request sent to the Permanent Mission.",
      remind: mailId ? "Reminder sent to the Permanent Mission." : "Reminder recorded (no mission address on file).",
      complete: "Visit completed.",
      withdraw: "Request withdrawn.",
    };
    const event = await addEvent(tx, {
      visitRequestId: r.id,
      kind: step.event,
      at: now,
      note: [notes[input.action], note].filter(Boolean).join(" "),
      actor,
    });
    // The letter uploaded with the draft becomes a document of the request the State receives.
    if (input.action === "send") {
      await tx.attachment.updateMany({
        where: { visitEvent: { is: { visitRequestId: r.id, kind: "NOTE" } } },
        data: { visitEventId: event.id },
      });
    }
    await writeAudit(tx, {
      actor,
      action: `visit-request.${input.action}`,
      entityType: "VisitRequest",
      entityId: r.id,
      before: {
        status: r.status,
        ...(r.status === "DATES_PROPOSED" ? { stateProposedStart: r.stateProposedStart, stateProposedEnd: r.stateProposedEnd } : {}),
      },
      after: { status: step.to, ...cleared, eventId: event.id, note: input.note, outboxMessageId: mailId },
    });
    return { id: r.id, status: step.to };
  });
}
