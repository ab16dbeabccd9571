import "server-only";
import { z } from "zod";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { AppError } from "../core/errors";
import { now as clockNow } from "../core/clock";
import { getSettings } from "../platform/get-settings";
import { debriefingRecorded } from "../visits/statement-rules";
import { publicVisitRequestScope } from "../visits/scope";
import { beforeReplyDeadline, earliestPublication, isLinked, mayPublish, mayShare } from "./rules";
import { pressReleaseScopeFor } from "./scope";
import { linkedVisitSelect } from "./linked-visit";
import { NAME_FIELDS, TITLE_FIELDS } from "../i18n/localized";

const names = { ...NAME_FIELDS } as const;

/**
 * One press release as the actor may see it (not found outside its scope), with what R3 asks the
 * page to show: when it was shared, from when it may be published, whether that is before the
 * linked communication's reply deadline, and what the actor may do with it. For a press release on a
 * country visit, R4: whether the debriefing with the State is recorded, without which it stays unpublished.
 */
export async function getPressRelease({ actor, pressReleaseId }: { actor: Actor; pressReleaseId: string }) {
  if (!z.uuid().safeParse(pressReleaseId).success) throw new AppError("NOT_FOUND", "No such press release");
  const now = clockNow();
  const [pr, settings] = await Promise.all([
    prisma.pressRelease.findFirst({
      where: { AND: [{ id: pressReleaseId }, pressReleaseScopeFor(actor, now)] },
      select: {
        id: true,
        title: true,
        body: true,
        status: true,
        createdAt: true,
        sharedWithStateAt: true,
        publishedAt: true,
        earlyJustification: true,
        mandateId: true,
        communicationId: true,
        visitId: true,
        mandate: { select: { id: true, ...TITLE_FIELDS } },
        communication: { select: { id: true, reference: true, subject: true, replyDueAt: true, addresseeState: { select: names } } },
        visit: { select: { ...linkedVisitSelect, debriefingAt: true } },
      },
    }),
    getSettings(),
  ]);
  if (!pr) throw new AppError("NOT_FOUND", "No such press release");
  const leadTimeHours = settings["pressRelease.leadTimeHours"];
  const replyDueAt = pr.communication?.replyDueAt ?? null;
  const possibleFrom = pr.sharedWithStateAt ? earliestPublication(pr.sharedWithStateAt, leadTimeHours) : null;
  const linked = isLinked(pr);
  // R3: a linked press release is offered for publication only once it has been shared.
  const publishable = pr.status === "SHARED_WITH_STATE" || (pr.status === "DRAFT" && !linked);
  // R4: the debriefing with the State comes before any press activity on the visit.
  const debriefed = pr.visit ? debriefingRecorded(pr.visit, now) : null;
  // The visit's page on the public record (R9), linked to when there is one.
  const visitPublic = pr.visit
    ? (await prisma.visitRequest.count({ where: { AND: [{ id: pr.visit.visitRequest.id }, publicVisitRequestScope] } })) === 1
    : false;
  return {
    ...pr,
    now,
    leadTimeHours,
    replyDueAt,
    possibleFrom,
    linked,
    beforeReplyDeadline: beforeReplyDeadline(replyDueAt, now),
    debriefed,
    visitPublic,
    canShare: pr.status === "DRAFT" && !!(pr.communication?.addresseeState ?? pr.visit) && mayShare(actor, pr),
    canPublish: publishable && mayPublish(actor),
  };
}
export type PressReleaseDetail = Awaited<ReturnType<typeof getPressRelease>>;
