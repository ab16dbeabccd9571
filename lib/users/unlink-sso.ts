import "server-only";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/policy";
import { AppError } from "../core/errors";
import { writeAudit } from "../platform/write-audit";
import { revokeUserSessions } from "../auth/user-sessions";
import { now as clockNow } from "../core/clock";
import type { UnlinkSsoInput } from "./schemas";

/**
 * Forgets which person at the identity provider an account belongs to (lib/auth/sso-sign-in.ts): for
 * when the provider's identifier of its holder changed (an account recreated there, a new provider).
 * The account's single sign-on sessions end; its next single sign-on with its address links it again.
 */
export async function unlinkSso({ actor, input, now = clockNow() }: { actor: Actor; input: UnlinkSsoInput; now?: Date }) {
  assertCan(actor, "user:manage");
  return prisma.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: input.userId }, select: { id: true, ssoSubject: true } });
    if (!user) throw new AppError("NOT_FOUND", "No such user");
    if (user.ssoSubject === null) throw new AppError("CONFLICT", "users.ssoNotLinked");
    await tx.user.update({ where: { id: user.id }, data: { ssoIssuer: null, ssoSubject: null } });
    const ended = await revokeUserSessions(tx, { userId: user.id, method: "oidc", reason: "sso-unlinked", now });
    await writeAudit(tx, {
      actor,
      action: "user.sso-unlink",
      entityType: "User",
      entityId: user.id,
      before: { ssoLinked: true },
      after: { ssoLinked: false, sessionsEnded: ended },
    });
    return { id: user.id };
  });
}
