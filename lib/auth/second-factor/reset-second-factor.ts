import "server-only";
import { prisma } from "../../db/client";
import type { Actor } from "../actor";
import { canResetSecondFactor } from "../policy";
import { AppError } from "../../core/errors";
import { now as clockNow } from "../../core/clock";
import { writeAudit } from "../../platform/write-audit";
import { enqueueMail, getBusinessHours } from "../../platform/enqueue-mail";
import { revokeUserSessions } from "../user-sessions";
import { resetMailText } from "./mail-text";

/**
 * A user lost their factor: every TOTP key, recovery code and passkey of theirs is removed, every
 * session of theirs ends, the reset is audited and the user is told by mail (at once, whatever the
 * hour: they must know if it was not them who asked). They then sign in with the password alone and,
 * when their role requires a second factor, reach only the enrolment page until they enrol again.
 */
export async function resetSecondFactor({ actor, userId, now = clockNow() }: { actor: Actor; userId: string; now?: Date }): Promise<void> {
  const target = await prisma.user.findUnique({
    where: { id: userId },
    select: { id: true, email: true, role: true, stateId: true, locale: true, totpSecret: true, _count: { select: { passkeys: true } } },
  });
  if (!target) throw new AppError("NOT_FOUND", "No such user");
  if (!canResetSecondFactor(actor, target)) throw new AppError("FORBIDDEN", "Not allowed");
  const businessHours = await getBusinessHours();
  await prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { totpSecret: null, totpPendingSecret: null, totpEnabledAt: null } });
    await tx.totpUsedStep.deleteMany({ where: { userId } });
    await tx.recoveryCode.deleteMany({ where: { userId } });
    const passkeys = await tx.passkey.deleteMany({ where: { userId } });
    const ended = await revokeUserSessions(tx, { userId, reason: "second-factor-reset", now });
    await enqueueMail(tx, {
      to: [target.email],
      ...resetMailText(target.locale),
      urgent: false,
      atOnce: true, // account security: a person waits for it (R1), never labelled urgent
      kind: "user.second-factor-reset",
      now,
      businessHours,
    });
    await writeAudit(tx, {
      actor,
      action: "user.second-factor-reset",
      entityType: "User",
      entityId: userId,
      before: { totp: target.totpSecret !== null, passkeys: target._count.passkeys },
      after: { totp: false, passkeys: 0, passkeysRemoved: passkeys.count, sessionsEnded: ended },
    });
  });
}
