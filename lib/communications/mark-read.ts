import "server-only";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";

/**
 * Records that a State user opened a letter (the inbox's unread marker). The caller has already
 * loaded the letter through the actor's scope. A read marker is bookkeeping, not a change to the
 * record, so it writes no audit entry.
 */
export async function markRead({ actor, communicationId }: { actor: Actor; communicationId: string }) {
  if (actor.role !== "STATE") return;
  await prisma.communicationRead.upsert({
    where: { communicationId_userId: { communicationId, userId: actor.userId } },
    create: { communicationId, userId: actor.userId },
    update: {},
  });
}
