import "server-only";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/policy";

/** A civil-society user's own good stories and questionnaire answers, newest first. */
export async function findOwnSubmissions({ actor }: { actor: Actor }) {
  assertCan(actor, "workspace:civil-society");
  const [stories, responses] = await Promise.all([
    prisma.goodStory.findMany({
      where: { submittedById: actor.userId },
      orderBy: { createdAt: "desc" },
      take: 50,
      select: { id: true, title: true, status: true, createdAt: true },
    }),
    prisma.questionnaireResponse.findMany({
      where: { respondentId: actor.userId },
      orderBy: { updatedAt: "desc" },
      take: 50,
      select: { id: true, submittedAt: true, questionnaire: { select: { title: true, deadline: true } } },
    }),
  ]);
  return { stories, responses };
}
