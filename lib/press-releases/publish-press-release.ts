import "server-only";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/policy";
import { AppError } from "../core/errors";
import { now as clockNow } from "../core/clock";
import { writeAudit } from "../platform/write-audit";
import { getSettings } from "../platform/get-settings";
import { assertVisitDebriefed } from "../visits/press-release-guard";
import { mayPublish, publicationDecision } from "./rules";
import { pressReleaseScopeFor } from "./scope";
import type { PublishInput } from "./schemas";

/** R3: too early to publish; carries the instant it becomes possible so the UI can say when. */
export class PublicationTooEarlyError extends AppError {
  constructor(readonly possibleFrom: Date) {
    super("CONFLICT", "pressReleases.tooEarly");
    this.name = "PublicationTooEarlyError";
  }
}

/**
 * The secretariat publishes a press release. R3: a linked one only after the State has had the
 * lead time since it was shared, and before the communication's reply deadline only with a
 * justification, which is stored and audited. An unlinked one is published directly. R4: one on a
 * country visit only once the debriefing with the State is recorded.
 */
export async function publishPressRelease({ actor, input }: { actor: Actor; input: PublishInput }) {
  assertCan(actor, "press-release:manage");
  if (!mayPublish(actor)) throw new AppError("FORBIDDEN", "Only the secretariat publishes press releases");
  const now = clockNow();
  return prisma.$transaction(async (tx) => {
    const pr = await tx.pressRelease.findFirst({
      where: { AND: [{ id: input.pressReleaseId }, pressReleaseScopeFor(actor, now)] },
      select: {
        id: true,
        status: true,
        communicationId: true,
        visitId: true,
        sharedWithStateAt: true,
        communication: { select: { reference: true, replyDueAt: true } },
      },
    });
    if (!pr) throw new AppError("NOT_FOUND", "No such press release");
    await assertVisitDebriefed({ visitId: pr.visitId, now, db: tx });
    const settings = await getSettings(tx);
    const leadTimeHours = settings["pressRelease.leadTimeHours"];
    const replyDueAt = pr.communication?.replyDueAt ?? null;
    const decision = publicationDecision({ pressRelease: pr, replyDueAt, leadTimeHours, justification: input.justification, now });
    switch (decision.kind) {
      case "not-publishable":
        throw new AppError("CONFLICT", "pressReleases.notPublishable");
      case "not-shared":
        throw new AppError("CONFLICT", "pressReleases.notShared");
      case "lead-time":
        throw new PublicationTooEarlyError(decision.possibleFrom);
      case "justification-required":
        throw new AppError("INVALID_INPUT", "A justification is required before the reply deadline", {
          justification: ["pressReleases.justificationRequired"],
        });
    }
    const earlyJustification = decision.early ? input.justification!.trim() : null;
    // Guarded on the status read above: two concurrent publications cannot both succeed.
    const updated = await tx.pressRelease.updateMany({
      where: { id: pr.id, status: pr.status },
      data: { status: "PUBLISHED", publishedAt: now, earlyJustification },
    });
    if (updated.count !== 1) throw new AppError("CONFLICT", "pressReleases.notPublishable");
    await writeAudit(tx, {
      actor,
      action: decision.early ? "press-release.publish-early" : "press-release.publish",
      entityType: "PressRelease",
      entityId: pr.id,
      before: { status: pr.status, sharedWithStateAt: pr.sharedWithStateAt },
      after: {
        status: "PUBLISHED",
        publishedAt: now,
        earlyJustification,
        leadTimeHours,
        communicationReference: pr.communication?.reference ?? null,
        replyDueAt,
        visitId: pr.visitId,
      },
    });
    return { id: pr.id, publishedAt: now, early: decision.early };
  });
}
