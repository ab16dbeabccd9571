import "server-only";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/policy";
import { ownResponseScopeFor } from "../questionnaires/scope";

/**
 * A civil-society user's own good stories and questionnaire answers, newest first; for a member of an
 * organisation account, its organisation's (issue 17, item 3).
 */
export async function findOwnSubmissions({ actor }: { actor: Actor }) {
  assertCan(actor, "workspace:civil-society");
  const [stories, responses, organisation] = await Promise.all([
    prisma.goodStory.findMany({
      where: actor.organisationId
        ? { OR: [{ submittedById: actor.userId }, { organisationId: actor.organisationId }] }
        : { submittedById: actor.userId },
      orderBy: { createdAt: "desc" },
      take: 50,
      select: { id: true, title: true, status: true, createdAt: true, submittedById: true },
    }),
    prisma.questionnaireResponse.findMany({
      where: ownResponseScopeFor(actor),
      orderBy: { updatedAt: "desc" },
      take: 50,
      select: { id: true, submittedAt: true, questionnaire: { select: { title: true, deadline: true } } },
    }),
    actor.organisationId ? prisma.organisation.findUnique({ where: { id: actor.organisationId }, select: { name: true } }) : null,
  ]);
  return { stories, responses, organisation };
}
