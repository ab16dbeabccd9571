import "server-only";
import type { TransactionClient } from "../db/types";
import type { VisitEventKind, VisitRequestStatus } from "../generated/prisma/enums";
import type { Actor } from "../auth/actor";
import { AppError } from "../core/errors";
import { saveAttachment } from "../files/save-attachment";
import type { StoredFiles } from "../files/with-file-cleanup";
import { documentIsPublic, eventIsPublic, visitRequestScopeFor } from "./scope";
import { mailLocale, type MailLocale } from "../i18n/mail-locale";
import { missionAddressee, missionMailSelect } from "../communications/recipients";
import { TITLE_FIELDS } from "../i18n/localized";

export type UploadedFile = { fileName: string; bytes: Uint8Array };
export const MAX_DOCUMENTS = 5;

/** What the mutations of a request need to know about it (and its State, for the mail). */
export const REQUEST_FOR_UPDATE = {
  id: true,
  initiator: true,
  status: true,
  answeredAt: true,
  mandateId: true,
  stateId: true,
  purpose: true,
  proposedPeriods: true,
  requestedAt: true,
  stateProposedStart: true,
  stateProposedEnd: true,
  mandate: { select: { ...TITLE_FIELDS, slug: true } },
  state: { select: missionMailSelect },
  visit: {
    select: {
      id: true,
      startDate: true,
      endDate: true,
      endOfMissionStatement: true,
      statementWordCount: true,
      statementSharedWithStateAt: true,
      debriefingAt: true,
      statementPublishedAt: true,
    },
  },
} as const;

/** Loads a request inside the actor's scope; outside it, the request does not exist (404). */
export async function loadRequestForUpdate(tx: TransactionClient, actor: Actor, visitRequestId: string) {
  const r = await tx.visitRequest.findFirst({
    where: { AND: [{ id: visitRequestId }, visitRequestScopeFor(actor)] },
    select: REQUEST_FOR_UPDATE,
  });
  if (!r) throw new AppError("NOT_FOUND", "No such visit request");
  return r;
}
export type RequestForUpdate = Awaited<ReturnType<typeof loadRequestForUpdate>>;

/** Changes the status only if nobody changed it meanwhile: two concurrent answers cannot both win. */
export async function setStatus(
  tx: TransactionClient,
  r: { id: string; status: VisitRequestStatus },
  to: VisitRequestStatus,
  data: {
    answeredAt?: Date;
    declineReason?: string | null;
    stateProposedStart?: Date | null;
    stateProposedEnd?: Date | null;
    requestedAt?: Date;
  } = {},
) {
  const updated = await tx.visitRequest.updateMany({ where: { id: r.id, status: r.status }, data: { status: to, ...data } });
  if (updated.count !== 1) throw new AppError("CONFLICT", "visits.changedMeanwhile");
}

/**
 * One dated entry of the timeline (R9), with its documents. Whether the entry and its documents are
 * public follows from its kind (scope.ts), unless the caller says otherwise.
 */
export async function addEvent(
  tx: TransactionClient,
  e: {
    visitRequestId: string;
    kind: VisitEventKind;
    at: Date;
    note: string | null;
    actor: Actor;
    isPublic?: boolean;
    files?: UploadedFile[];
    stored?: StoredFiles;
  },
) {
  const isPublic = e.isPublic ?? eventIsPublic(e.kind);
  const event = await tx.visitEvent.create({
    data: {
      visitRequestId: e.visitRequestId,
      kind: e.kind,
      at: e.at,
      note: e.note,
      isPublic,
      recordedById: e.actor.userId,
      createdAt: e.at,
    },
    select: { id: true, kind: true, at: true, isPublic: true },
  });
  const attachments = [];
  for (const file of e.files ?? []) {
    attachments.push(
      await saveAttachment(tx, {
        ...file,
        uploadedById: e.actor.userId,
        link: { visitEventId: event.id },
        isPublic: documentIsPublic(e.kind, isPublic),
        files: e.stored,
      }),
    );
  }
  return { ...event, attachments };
}

/**
 * R2: the mission's generic address, with a copy to its active focal point; one mail in the mission's
 * language (State.locale), which the focal point reads too.
 */
export function missionRecipients(state: RequestForUpdate["state"]): { to: string[]; cc: string[]; addressee: string; locale: MailLocale } {
  const focal = state.focalPoints.map((f) => f.email);
  const to = state.missionEmail ? [state.missionEmail] : focal;
  const locale = mailLocale(state.locale);
  return { to, cc: focal, addressee: missionAddressee(state, locale), locale };
}

export function describeDates(start: Date | null, end: Date | null): string {
  if (!start) return "";
  const day = (d: Date) => d.toISOString().slice(0, 10);
  return end ? `${day(start)} – ${day(end)}` : `from ${day(start)}`;
}
