import "server-only";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertCan, servesMandate } from "../auth/policy";
import { AppError } from "../core/errors";
import { now as clockNow } from "../core/clock";
import { writeAudit } from "../platform/write-audit";
import { EDITABLE_STATUSES } from "./rules";
import { sentCommunicationsOf } from "./sent-communications";
import { visitsOfMandates } from "./mandate-visits";
import type { PressReleaseDraftInput } from "./schemas";

/**
 * A mandate holder creates or edits a press release of one of its own mandates, optionally linked
 * to a communication that mandate sent or to a country visit of that mandate — one link at most, so
 * there is one State to share it with (R3). Only a draft may change: once shared, the State holds the
 * text it was given time to read (R3).
 */
export async function savePressReleaseDraft({ actor, input }: { actor: Actor; input: PressReleaseDraftInput }): Promise<{ id: string }> {
  assertCan(actor, "press-release:manage");
  if (!servesMandate(actor, input.mandateId)) {
    throw new AppError("INVALID_INPUT", "Not your mandate", { mandateId: ["pressReleases.mandateRequired"] });
  }
  if (input.communicationId && input.visitId) {
    throw new AppError("INVALID_INPUT", "One link at most", { visitId: ["pressReleases.oneLinkOnly"] });
  }
  const data = {
    title: input.title,
    body: input.body,
    mandateId: input.mandateId,
    communicationId: input.communicationId ?? null,
    visitId: input.visitId ?? null,
  };
  return prisma.$transaction(async (tx) => {
    if (input.communicationId) {
      const linkable = await tx.communication.count({
        where: { AND: [{ id: input.communicationId }, sentCommunicationsOf([input.mandateId], clockNow())] },
      });
      if (linkable !== 1)
        throw new AppError("INVALID_INPUT", "Not a sent communication of this mandate", {
          communicationId: ["pressReleases.communicationInvalid"],
        });
    }
    if (input.visitId) {
      const linkable = await tx.visit.count({ where: { AND: [{ id: input.visitId }, visitsOfMandates([input.mandateId])] } });
      if (linkable !== 1) throw new AppError("INVALID_INPUT", "Not a visit of this mandate", { visitId: ["pressReleases.visitInvalid"] });
    }
    let id = input.pressReleaseId;
    let before: unknown = null;
    if (id) {
      // The owner comes from the record: a holder edits only its own mandates' press releases.
      const existing = await tx.pressRelease.findFirst({
        where: { id, mandateId: { in: [...actor.mandateIds] } },
        select: { id: true, status: true, title: true, body: true, mandateId: true, communicationId: true, visitId: true },
      });
      if (!existing) throw new AppError("NOT_FOUND", "No such press release");
      if (!EDITABLE_STATUSES.includes(existing.status)) throw new AppError("CONFLICT", "pressReleases.notEditable");
      const updated = await tx.pressRelease.updateMany({ where: { id, status: { in: [...EDITABLE_STATUSES] } }, data });
      if (updated.count !== 1) throw new AppError("CONFLICT", "pressReleases.notEditable");
      before = existing;
    } else {
      id = (await tx.pressRelease.create({ data: { ...data, createdAt: clockNow() }, select: { id: true } })).id;
    }
    await writeAudit(tx, {
      actor,
      action: input.pressReleaseId ? "press-release.update-draft" : "press-release.create-draft",
      entityType: "PressRelease",
      entityId: id,
      before,
      after: data,
    });
    return { id };
  });
}
