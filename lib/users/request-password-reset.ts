import "server-only";
import { prisma } from "../db/client";
import { AppError } from "../core/errors";
import { now } from "../core/clock";
import { UNKNOWN_ADDRESS } from "../core/client-address";
import { currentRequestContext } from "../core/request-context";
import { writeAudit } from "../platform/write-audit";
import { enqueueMail, getBusinessHours } from "../platform/enqueue-mail";
import { portalBaseUrl } from "../communications/letter-text";
import { passwordResetThrottle, type PasswordResetThrottle } from "../auth/password-reset-throttle";
import { PASSWORD_RESET_VALIDITY_MS, hashInvitationToken, newInvitationToken } from "./invitation-token";
import { passwordResetMail } from "./account-mail";
import type { RequestPasswordResetInput } from "./schemas";

/**
 * "Forgot your password?": when `email` is the address of an active account, mails it a single-use
 * link to choose a new password, valid 30 minutes, in the account's language, and voids the earlier
 * unused ones. The caller gets the same answer whether or not the account exists (nothing is
 * returned); only a flood from one client address is refused, whatever it asks for. The mail is
 * transactional: it goes at once, any day and hour (not held by R1). Signing in still takes the
 * account's other factors, if any: the link only sets the password.
 */
export async function requestPasswordReset({
  input,
  throttle = passwordResetThrottle(),
}: {
  input: RequestPasswordResetInput;
  throttle?: PasswordResetThrottle;
}): Promise<void> {
  const address = currentRequestContext()?.address ?? UNKNOWN_ADDRESS;
  const verdict = await throttle.consume(address, input.email);
  if (!verdict.allowed) throw new AppError("CONFLICT", "passwordReset.throttled");
  if (!verdict.mail) return;
  const user = await prisma.user.findUnique({
    where: { email: input.email },
    select: { id: true, name: true, email: true, locale: true, role: true, active: true },
  });
  if (!user?.active) return;
  const token = newInvitationToken();
  const at = now();
  const expiresAt = new Date(at.getTime() + PASSWORD_RESET_VALIDITY_MS);
  await prisma.$transaction(async (tx) => {
    await tx.userInvitation.updateMany({ where: { userId: user.id, purpose: "PASSWORD_RESET", usedAt: null }, data: { usedAt: at } });
    await tx.userInvitation.create({
      data: { userId: user.id, purpose: "PASSWORD_RESET", tokenHash: hashInvitationToken(token), createdAt: at, expiresAt },
    });
    await enqueueMail(tx, {
      to: [user.email],
      ...passwordResetMail(user, `${portalBaseUrl()}/reset-password/${token}`),
      urgent: false,
      atOnce: true, // account security: a person waits for it (R1), never labelled urgent
      kind: "user.password-reset",
      now: at,
      businessHours: await getBusinessHours(tx),
    });
    await writeAudit(tx, {
      actor: null,
      action: "user.request-password-reset",
      entityType: "User",
      entityId: user.id,
      after: { expiresAt },
    });
  });
}
