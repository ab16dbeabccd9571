import "server-only";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/policy";

export async function getSecretariatDashboard({ actor }: { actor: Actor }) {
  assertCan(actor, "workspace:secretariat");
  const [inReview, held, openReprisals, storiesPending] = await Promise.all([
    prisma.communication.count({ where: { status: "IN_REVIEW" } }),
    prisma.outboxMessage.count({ where: { status: "HELD" } }),
    prisma.reprisalCase.count({ where: { status: { not: "CLOSED" } } }),
    prisma.goodStory.count({ where: { status: "SUBMITTED" } }),
  ]);
  return { inReview, held, openReprisals, storiesPending };
}
