import "server-only";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { isStorySubmitter, mayAmendStory } from "../auth/stories-policy";
import { AppError } from "../core/errors";
import { writeAudit } from "../platform/write-audit";
import { hashStatusToken } from "./token";
import type { AmendStoryInput } from "./schemas";

/**
 * The submitter answers the secretariat's request for more information: the signed-in submitter of
 * the story, or whoever holds the anonymous submitter's status token. The story goes back to the queue.
 */
export async function amendStory({
  actor,
  input,
}: {
  actor: Actor | null;
  input: Partial<Pick<AmendStoryInput, "storyId" | "token">> & Omit<AmendStoryInput, "storyId" | "token">;
}) {
  return prisma.$transaction(async (tx) => {
    const where = input.token ? { statusTokenHash: hashStatusToken(input.token) } : input.storyId && actor ? { id: input.storyId } : null;
    if (!where) throw new AppError("NOT_FOUND", "No such story");
    const s = await tx.goodStory.findFirst({
      where,
      select: { id: true, status: true, submittedById: true, whatChanged: true, evidenceLinks: true },
    });
    // By token: the token is the proof. Signed in: the record must name the actor as its submitter.
    if (!s || (!input.token && !isStorySubmitter(actor, s))) throw new AppError("NOT_FOUND", "No such story");
    if (input.token ? s.status !== "NEEDS_INFORMATION" : !mayAmendStory(actor, s)) throw new AppError("CONFLICT", "stories.notAmendable");
    const updated = await tx.goodStory.updateMany({
      where: { id: s.id, status: "NEEDS_INFORMATION" },
      data: { whatChanged: input.whatChanged, evidenceLinks: input.evidenceLinks, status: "SUBMITTED" },
    });
    if (updated.count !== 1) throw new AppError("CONFLICT", "stories.notAmendable");
    await writeAudit(tx, {
      actor,
      action: "story.amend",
      entityType: "GoodStory",
      entityId: s.id,
      before: { status: s.status, whatChanged: s.whatChanged, evidenceLinks: s.evidenceLinks },
      after: { status: "SUBMITTED", whatChanged: input.whatChanged, evidenceLinks: input.evidenceLinks, byToken: !!input.token },
    });
    return { id: s.id };
  });
}
