import "server-only";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { mayInvite } from "../auth/visits-policy";
import { AppError } from "../core/errors";
import { now as clockNow } from "../core/clock";
import { writeAudit } from "../platform/write-audit";
import { holderUserIds, notify } from "../notifications/notify";
import { checkUpload } from "../files/check-upload";
import { withFileCleanup } from "../files/with-file-cleanup";
import { addEvent, MAX_DOCUMENTS, type UploadedFile } from "./request-record";
import { OPEN_STATUSES } from "./state-machine";
import type { InviteInput } from "./schemas";

/**
 * A State's Permanent Mission invites a mandate to visit: a VisitRequest opened by the State
 * (initiator STATE), status INVITED, with its message, the periods it proposes and the note verbale.
 * From then on it is one record with the request's timeline: the mandate accepts (dates are then agreed
 * as for a request), declines or says "not now" (answer-invitation.ts). The invitation itself is on the
 * public record (R9); its message, periods and note verbale are not. The State is the actor's own.
 */
export async function inviteVisit({ actor, input, files }: { actor: Actor; input: InviteInput; files: UploadedFile[] }) {
  if (!mayInvite(actor)) throw new AppError("FORBIDDEN", "Not allowed: invite a mandate");
  const stateId = actor.stateId;
  if (files.length > MAX_DOCUMENTS) throw new AppError("INVALID_INPUT", "Too many files", { file: ["files.tooMany"] });
  for (const file of files) await checkUpload(file);
  const now = clockNow();
  return withFileCleanup({
    run: (stored) =>
      prisma.$transaction(async (tx) => {
        const mandate = await tx.mandate.findFirst({ where: { id: input.mandateId, active: true }, select: { id: true, titleEn: true } });
        if (!mandate) throw new AppError("INVALID_INPUT", "No such mandate", { mandateId: ["visits.mandateRequired"] });
        // One open exchange per mandate and State: a pending request is answered, not met with an invitation.
        const open = await tx.visitRequest.count({ where: { mandateId: mandate.id, stateId, status: { in: [...OPEN_STATUSES] } } });
        if (open > 0) throw new AppError("INVALID_INPUT", "An open request exists", { mandateId: ["visits.openExchangeExists"] });
        const created = await tx.visitRequest.create({
          data: {
            initiator: "STATE",
            mandateId: mandate.id,
            stateId,
            purpose: input.purpose,
            proposedPeriods: input.proposedPeriods,
            status: "INVITED",
            requestedAt: now,
            requestedById: actor.userId,
            createdAt: now,
          },
          select: { id: true, status: true, state: { select: { nameEn: true } } },
        });
        const event = await addEvent(tx, {
          visitRequestId: created.id,
          kind: "INVITATION",
          at: now,
          actor,
          files,
          stored,
          note: "Invitation from the Government to visit the country.",
        });
        await notify(tx, {
          kind: "visit.invitation-received",
          recipients: await holderUserIds(tx, [mandate.id], now),
          params: { state: created.state.nameEn, mandate: mandate.titleEn },
          link: `/portal/mandate-holder/visits/${created.id}`,
          record: { type: "VisitRequest", id: created.id },
          now,
        });
        await writeAudit(tx, {
          actor,
          action: "visit-request.invite",
          entityType: "VisitRequest",
          entityId: created.id,
          after: {
            ...input,
            stateId,
            initiator: "STATE",
            status: created.status,
            eventId: event.id,
            attachments: event.attachments.map((a) => ({ id: a.id, fileName: a.fileName, sha256: a.sha256 })),
          },
        });
        return { id: created.id };
      }),
  });
}
