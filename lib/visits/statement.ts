import "server-only";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { mayActAsRequester } from "../auth/visits-policy";
import { AppError } from "../core/errors";
import { now as clockNow } from "../core/clock";
import { writeAudit } from "../platform/write-audit";
import { missionUserIds, notify } from "../notifications/notify";
import { checkUpload } from "../files/check-upload";
import { withFileCleanup } from "../files/with-file-cleanup";
import { saveAttachment } from "../files/save-attachment";
import { portalBaseUrl } from "../communications/letter-text";
import type { TransactionClient } from "../db/types";
import { addEvent, loadRequestForUpdate, MAX_DOCUMENTS, type UploadedFile } from "./request-record";
import { VISIT_STATUSES } from "./state-machine";
import {
  countWords,
  debriefingDecision,
  debriefingRecorded,
  publishDecision,
  shareDecision,
  statementEditable,
  type StatementStep,
} from "./statement-rules";
import { genevaCalendarDate } from "../core/geneva";
import { sendStatementMail } from "./visit-mail";
import { documentText } from "../files/document-text";

const STEP_MESSAGES: Record<Exclude<StatementStep["kind"], "allowed">, string> = {
  "no-statement": "visits.noStatement",
  "not-shared": "visits.shareBeforeDebriefing",
  "no-debriefing": "visits.debriefingFirst",
  "already-done": "visits.alreadyDone",
};

function refuse(step: StatementStep): void {
  if (step.kind !== "allowed") throw new AppError("CONFLICT", STEP_MESSAGES[step.kind]);
}

/** The request, which must be the actor's to act on as the requesting side and have a visit. */
async function loadVisit(tx: TransactionClient, actor: Actor, visitRequestId: string) {
  const r = await loadRequestForUpdate(tx, actor, visitRequestId);
  if (!mayActAsRequester(actor, r)) throw new AppError("NOT_FOUND", "No such visit request");
  if (!r.visit || !VISIT_STATUSES.includes(r.status)) throw new AppError("CONFLICT", "visits.noVisit");
  const statementEvent = await tx.visitEvent.findFirst({
    where: { visitRequestId: r.id, kind: "END_OF_MISSION_STATEMENT" },
    orderBy: { at: "desc" },
    select: { id: true, _count: { select: { attachments: true } } },
  });
  const hasStatement = r.visit.endOfMissionStatement !== null || (statementEvent?._count.attachments ?? 0) > 0;
  return { r, visit: r.visit, statementEvent, hasStatement };
}

/**
 * R4: the end-of-mission statement, written (Markdown) or uploaded, with its word count (the
 * 5,000–6,000-word guideline is a warning shown with it, never a refusal). Editable until shared.
 * An uploaded file is kept as the statement's document; words are counted from the typed text, else
 * from an uploaded DOCX or ODT (lib/files/document-text.ts), never from a PDF.
 */
export async function saveStatement({
  actor,
  input,
  files,
}: {
  actor: Actor;
  input: { visitRequestId: string; text: string | null };
  files: UploadedFile[];
}) {
  if (!input.text && files.length === 0) throw new AppError("INVALID_INPUT", "Nothing to save", { text: ["visits.statementRequired"] });
  if (files.length > MAX_DOCUMENTS) throw new AppError("INVALID_INPUT", "Too many files", { file: ["files.tooMany"] });
  const checked = [];
  for (const file of files) checked.push({ ...(await checkUpload(file)), bytes: file.bytes });
  // An uploaded Word or OpenDocument statement is counted from its text (a PDF cannot be, the form says).
  const uploadedWords = checked.map((f) => documentText(f.bytes, f.contentType)).find((text): text is string => text !== null);
  const now = clockNow();
  return withFileCleanup({
    run: (stored) =>
      prisma.$transaction(async (tx) => {
        const { r, visit, statementEvent } = await loadVisit(tx, actor, input.visitRequestId);
        if (!statementEditable(visit)) throw new AppError("CONFLICT", "visits.statementFrozen");
        const text = input.text ?? visit.endOfMissionStatement;
        const words = text ? countWords(text) : uploadedWords !== undefined ? countWords(uploadedWords) : visit.statementWordCount;
        await tx.visit.update({ where: { id: visit.id }, data: { endOfMissionStatement: text, statementWordCount: words } });
        // The statement's timeline entry stays private until the statement is published.
        let eventId = statementEvent?.id;
        if (!eventId) {
          eventId = (
            await addEvent(tx, {
              visitRequestId: r.id,
              kind: "END_OF_MISSION_STATEMENT",
              at: now,
              note: "End-of-mission statement prepared.",
              actor,
              isPublic: false,
              files,
              stored,
            })
          ).id;
        } else {
          for (const file of files)
            await saveAttachment(tx, {
              ...file,
              uploadedById: actor.userId,
              link: { visitEventId: eventId },
              isPublic: false,
              files: stored,
            });
        }
        await writeAudit(tx, {
          actor,
          action: "visit.save-statement",
          entityType: "Visit",
          entityId: visit.id,
          before: { statementWordCount: visit.statementWordCount },
          after: { statementWordCount: words, files: files.map((f) => f.fileName), eventId },
        });
        return { id: r.id, words };
      }),
  });
}

/**
 * R4, in order: share the statement with the State (recorded time, mail to the mission), record the
 * debriefing with the State (after sharing, once the visit has begun), publish the statement (only
 * after the debriefing).
 */
export async function visitStep({
  actor,
  input,
}: {
  actor: Actor;
  input: { visitRequestId: string; step: "shareStatement" | "recordDebriefing" | "publishStatement" };
}) {
  const now = clockNow();
  return prisma.$transaction(async (tx) => {
    const { r, visit, statementEvent, hasStatement } = await loadVisit(tx, actor, input.visitRequestId);
    const before = {
      statementSharedWithStateAt: visit.statementSharedWithStateAt,
      debriefingAt: visit.debriefingAt,
      statementPublishedAt: visit.statementPublishedAt,
    };
    let after: Record<string, unknown>;
    if (input.step === "shareStatement") {
      refuse(shareDecision({ hasStatement, ...visit }));
      const mailId = await sendStatementMail(tx, {
        visitRequestId: r.id,
        now,
        portalUrl: `${portalBaseUrl()}/portal/state/visits/${r.id}`,
      });
      await guardedUpdate(tx, visit.id, { statementSharedWithStateAt: null }, { statementSharedWithStateAt: now });
      await addEvent(tx, {
        visitRequestId: r.id,
        kind: "STATEMENT_SHARED",
        at: now,
        note: "End-of-mission statement shared with the Government before the debriefing.",
        actor,
      });
      await notify(tx, {
        kind: "visit.statement-shared",
        recipients: await missionUserIds(tx, [r.stateId]),
        params: { mandate: r.mandate.titleEn },
        link: `/portal/state/visits/${r.id}`,
        record: { type: "VisitRequest", id: r.id },
        now,
        missionMailId: mailId,
      });
      after = { statementSharedWithStateAt: now, outboxMessageId: mailId };
    } else if (input.step === "recordDebriefing") {
      refuse(debriefingDecision({ hasStatement, ...visit }));
      if (visit.startDate > genevaCalendarDate(now)) throw new AppError("CONFLICT", "visits.notStartedYet");
      await guardedUpdate(tx, visit.id, { debriefingAt: null }, { debriefingAt: now });
      await addEvent(tx, { visitRequestId: r.id, kind: "DEBRIEFING", at: now, note: "Debriefing with the Government held.", actor });
      after = { debriefingAt: now };
    } else {
      refuse(publishDecision({ hasStatement, ...visit }, now));
      await guardedUpdate(tx, visit.id, { statementPublishedAt: null }, { statementPublishedAt: now });
      // The statement's entry and its documents become public now, dated at publication.
      await tx.visitEvent.update({
        where: { id: statementEvent!.id },
        data: { isPublic: true, at: now, note: "End-of-mission statement published after the debriefing with the Government." },
      });
      await tx.attachment.updateMany({ where: { visitEventId: statementEvent!.id }, data: { isPublic: true } });
      after = { statementPublishedAt: now };
    }
    await writeAudit(tx, { actor, action: `visit.${input.step}`, entityType: "Visit", entityId: visit.id, before, after });
    return { id: r.id };
  });
}

async function guardedUpdate(tx: TransactionClient, id: string, unchanged: Record<string, null>, data: Record<string, Date>) {
  const updated = await tx.visit.updateMany({ where: { id, ...unchanged }, data });
  if (updated.count !== 1) throw new AppError("CONFLICT", "visits.alreadyDone");
}

/** R4: a public entry about a debriefing with civil society — refused before the State's debriefing. */
export async function recordCivilSocietyDebriefing({ actor, input }: { actor: Actor; input: { visitRequestId: string; note: string } }) {
  const now = clockNow();
  return prisma.$transaction(async (tx) => {
    const { r, visit } = await loadVisit(tx, actor, input.visitRequestId);
    assertDebriefed(visit, now);
    const event = await addEvent(tx, { visitRequestId: r.id, kind: "CIVIL_SOCIETY_DEBRIEFING", at: now, note: input.note, actor });
    await writeAudit(tx, {
      actor,
      action: "visit.civil-society-debriefing",
      entityType: "VisitEvent",
      entityId: event.id,
      after: { visitRequestId: r.id, note: input.note },
    });
    return { id: r.id };
  });
}

function assertDebriefed(visit: { debriefingAt: Date | null }, now: Date) {
  if (!debriefingRecorded(visit, now)) throw new AppError("CONFLICT", "visits.debriefingFirst");
}
