import "server-only";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/policy";
import { mayRequestFor } from "../auth/visits-policy";
import { AppError } from "../core/errors";
import { now as clockNow } from "../core/clock";
import { writeAudit } from "../platform/write-audit";
import { checkUpload } from "../files/check-upload";
import { withFileCleanup } from "../files/with-file-cleanup";
import { portalBaseUrl } from "../communications/letter-text";
import { addEvent, MAX_DOCUMENTS, type UploadedFile } from "./request-record";
import { sendRequestMail } from "./visit-mail";
import { OPEN_STATUSES } from "./state-machine";
import type { RequestInput } from "./schemas";

/**
 * A mandate holder requests a visit to a State for a mandate it serves: purpose, proposed periods and
 * the request letter. Sent at once (the mission and its focal point get it through the outbox, R1,
 * R2) or kept as a draft the State does not see.
 */
export async function requestVisit({ actor, input, files }: { actor: Actor; input: RequestInput; files: UploadedFile[] }) {
  assertCan(actor, "visit:request");
  if (!mayRequestFor(actor, input.mandateId))
    throw new AppError("INVALID_INPUT", "Not your mandate", { mandateId: ["visits.mandateRequired"] });
  if (files.length > MAX_DOCUMENTS) throw new AppError("INVALID_INPUT", "Too many files", { file: ["files.tooMany"] });
  for (const file of files) await checkUpload(file);
  const now = clockNow();
  return withFileCleanup({
    run: (stored) =>
      prisma.$transaction(async (tx) => {
        const state = await tx.state.findUnique({ where: { id: input.stateId }, select: { id: true } });
        if (!state) throw new AppError("INVALID_INPUT", "No such State", { stateId: ["visits.stateRequired"] });
        const open = await tx.visitRequest.count({
          where: {
            mandateId: input.mandateId,
            stateId: input.stateId,
            status: { in: [...OPEN_STATUSES] },
          },
        });
        if (open > 0) throw new AppError("INVALID_INPUT", "An open request exists", { stateId: ["visits.openRequestExists"] });
        const created = await tx.visitRequest.create({
          data: {
            mandateId: input.mandateId,
            stateId: input.stateId,
            purpose: input.purpose,
            proposedPeriods: input.proposedPeriods,
            status: input.sendNow ? "REQUESTED" : "DRAFT",
            requestedAt: input.sendNow ? now : null,
            requestedById: actor.userId,
            createdAt: now,
          },
          select: { id: true, status: true },
        });
        // The letter is a document of the request: on the timeline once sent, kept with a note until then.
        const event = await addEvent(tx, {
          visitRequestId: created.id,
          kind: input.sendNow ? "REQUEST" : "NOTE",
          at: now,
          actor,
          files,
          stored,
          note: input.sendNow ? "Request sent to the Permanent Mission." : "Request drafted.",
        });
        let mailId: string | null = null;
        if (input.sendNow)
          mailId = await sendRequestMail(tx, {
            visitRequestId: created.id,
            now,
            portalUrl: `${portalBaseUrl()}/portal/state/visits/${created.id}`,
          });
        await writeAudit(tx, {
          actor,
          action: input.sendNow ? "visit-request.send" : "visit-request.draft",
          entityType: "VisitRequest",
          entityId: created.id,
          after: {
            ...input,
            status: created.status,
            eventId: event.id,
            attachments: event.attachments.map((a) => ({ id: a.id, fileName: a.fileName, sha256: a.sha256 })),
            outboxMessageId: mailId,
          },
        });
        return { id: created.id };
      }),
  });
}
