import "server-only";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/policy";
import { AppError } from "../core/errors";
import { writeAudit } from "../platform/write-audit";
import type { SetPasswordSignInInput } from "./schemas";
import { revokeUserSessions } from "../auth/user-sessions";
import { oidcEnabled } from "../auth/oidc-config";
import { now } from "../core/clock";

/**
 * Switches an account's password sign-in off (it then signs in through single sign-on only) or on
 * again (issue 12, item 7). Switching it off needs single sign-on to be configured — else nobody could
 * sign in to the account — and ends the account's password sessions at once.
 */
export async function setPasswordSignIn({ actor, input }: { actor: Actor; input: SetPasswordSignInInput }) {
  assertCan(actor, "user:manage");
  if (input.disabled && !oidcEnabled()) throw new AppError("CONFLICT", "users.ssoNotConfigured");
  return prisma.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: input.userId }, select: { id: true, passwordSignInDisabled: true } });
    if (!before) throw new AppError("NOT_FOUND", "No such user");
    const after = await tx.user.update({
      where: { id: input.userId },
      data: { passwordSignInDisabled: input.disabled },
      select: { id: true, passwordSignInDisabled: true },
    });
    if (input.disabled)
      await revokeUserSessions(tx, {
        userId: after.id,
        method: "password",
        except: actor.userId === after.id ? (actor.sessionId ?? null) : null,
        reason: "password-sign-in-disabled",
        now: now(),
      });
    await writeAudit(tx, {
      actor,
      action: input.disabled ? "user.disable-password-sign-in" : "user.enable-password-sign-in",
      entityType: "User",
      entityId: after.id,
      before,
      after,
    });
    return after;
  });
}
