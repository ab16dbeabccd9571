import "server-only";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/policy";
import { AppError } from "../core/errors";
import { now as clockNow } from "../core/clock";
import { writeAudit } from "../platform/write-audit";
import { revokeUserSessions } from "../auth/user-sessions";
import type { EndSessionsInput } from "./schemas";

/** The user's own signed-in browsers, newest use first; the one in use marked. */
export async function findOwnSessions({ actor, now = clockNow() }: { actor: Actor; now?: Date }) {
  assertCan(actor, "account:own");
  const rows = await prisma.userSession.findMany({
    where: { userId: actor.userId, revokedAt: null, expiresAt: { gt: now } },
    orderBy: { lastSeenAt: "desc" },
    select: { id: true, createdAt: true, lastSeenAt: true, userAgent: true, address: true },
  });
  return rows.map(({ id, ...rest }) => ({ ...rest, id, current: id === actor.sessionId }));
}

/**
 * Ends one of the user's own sessions, or every one but the session in use ("sign out everywhere
 * else"). Another user's session is not found.
 */
export async function endOwnSessions({ actor, input }: { actor: Actor; input: EndSessionsInput }): Promise<{ ended: number }> {
  assertCan(actor, "account:own");
  const now = clockNow();
  return prisma.$transaction(async (tx) => {
    let ended: number;
    if (input.sessionId === "others") {
      ended = await revokeUserSessions(tx, { userId: actor.userId, except: actor.sessionId ?? null, reason: "signed-out-elsewhere", now });
    } else {
      if (input.sessionId === actor.sessionId) throw new AppError("CONFLICT", "users.endCurrentSession");
      ended = await revokeUserSessions(tx, { userId: actor.userId, only: input.sessionId, reason: "signed-out-elsewhere", now });
      if (ended === 0) throw new AppError("NOT_FOUND", "No such session");
    }
    await writeAudit(tx, { actor, action: "user.end-sessions", entityType: "User", entityId: actor.userId, after: { ended } });
    return { ended };
  });
}
