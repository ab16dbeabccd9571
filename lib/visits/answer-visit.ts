import "server-only";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { can } from "../auth/policy";
import { mayAnswer, recordsVisits } from "../auth/visits-policy";
import { AppError } from "../core/errors";
import { now as clockNow } from "../core/clock";
import { writeAudit } from "../platform/write-audit";
import { holderUserIds, notify } from "../notifications/notify";
import { checkUpload } from "../files/check-upload";
import { withFileCleanup } from "../files/with-file-cleanup";
import { addEvent, describeDates, loadRequestForUpdate, MAX_DOCUMENTS, setStatus, type UploadedFile } from "./request-record";
import { transition } from "./state-machine";
import type { AnswerInput } from "./schemas";
import { genevaCalendarDate } from "../core/geneva";
import { pastVisitDates } from "./visit-dates";

const NOTES = {
  accept: "The Government accepted the request.",
  proposeDates: "The Government proposed dates for the visit.",
  postpone: "The Government postponed the visit.",
  decline: "The Government declined the request.",
} as const;

/**
 * The State answers a request to itself in its workspace: accept (with or without dates), propose
 * other dates, postpone (with an indicative period or none), decline with its reason. The secretariat
 * records an answer that arrived outside the portal, with its document and the day it was received.
 * The state machine refuses an answer the request's status does not admit.
 */
export async function answerVisit({ actor, input, files }: { actor: Actor; input: AnswerInput; files: UploadedFile[] }) {
  if (!can(actor, "visit:answer") && !recordsVisits(actor)) throw new AppError("FORBIDDEN", "Not allowed: visit:answer");
  if (files.length > MAX_DOCUMENTS) throw new AppError("INVALID_INPUT", "Too many files", { file: ["files.tooMany"] });
  for (const file of files) await checkUpload(file);
  const now = clockNow();
  const onBehalf = recordsVisits(actor);
  if (input.receivedOn && !onBehalf)
    throw new AppError("INVALID_INPUT", "Only the secretariat records a date of receipt", { receivedOn: ["visits.receivedOnNotAllowed"] });
  if (input.receivedOn && input.receivedOn > genevaCalendarDate(now))
    throw new AppError("INVALID_INPUT", "In the future", { receivedOn: ["visits.dateInFuture"] });
  const at = input.receivedOn && input.receivedOn < genevaCalendarDate(now) ? input.receivedOn : now;
  // Dates accepted, proposed or indicated for a postponement are days still to come.
  const past = input.answer === "decline" ? null : pastVisitDates({ start: input.start, end: input.end, today: genevaCalendarDate(now) });
  if (past) throw new AppError("INVALID_INPUT", "Visit dates in the past", past);
  return withFileCleanup({
    run: (stored) =>
      prisma.$transaction(async (tx) => {
        const r = await loadRequestForUpdate(tx, actor, input.visitRequestId);
        if (!mayAnswer(actor, r)) throw new AppError("NOT_FOUND", "No such visit request");
        const withDates = input.start !== null;
        const step = transition(r.status, input.answer, "state", { withDates });
        if (!step.ok) throw new AppError("CONFLICT", "visits.notAllowedNow");
        const dates =
          input.answer === "decline"
            ? { stateProposedStart: null, stateProposedEnd: null }
            : { stateProposedStart: input.start, stateProposedEnd: input.end };
        await setStatus(tx, r, step.to, {
          answeredAt: at,
          declineReason: input.answer === "decline" ? input.reason : null,
          ...dates,
        });
        const note = [
          NOTES[input.answer],
          describeDates(input.start, input.end),
          input.answer === "decline" ? input.reason : null,
          input.note,
          onBehalf ? "Recorded by the secretariat (received outside the portal)." : null,
        ]
          .filter(Boolean)
          .join(" ");
        const event = await addEvent(tx, { visitRequestId: r.id, kind: step.event, at, note, actor, files, stored });
        // Dates proposed by the State wait for the mandate's answer: its holders are told.
        if (step.to === "DATES_PROPOSED") {
          await notify(tx, {
            kind: "visit.dates-proposed",
            recipients: await holderUserIds(tx, [r.mandateId], now),
            params: { state: r.state.nameEn, mandate: r.mandate.titleEn },
            link: `/portal/mandate-holder/visits/${r.id}`,
            record: { type: "VisitRequest", id: r.id },
            now,
            except: actor.userId,
          });
        }
        await writeAudit(tx, {
          actor,
          action: `visit-request.${input.answer}`,
          entityType: "VisitRequest",
          entityId: r.id,
          before: { status: r.status, stateProposedStart: r.stateProposedStart, stateProposedEnd: r.stateProposedEnd },
          after: {
            status: step.to,
            ...dates,
            declineReason: input.answer === "decline" ? input.reason : null,
            at,
            onBehalf,
            eventId: event.id,
            attachments: event.attachments.map((a) => a.id),
          },
        });
        return { id: r.id, status: step.to };
      }),
  });
}
