import "server-only";
import type { TransactionClient } from "../db/types";
import { AppError } from "../core/errors";
import type { AccountLinkPurpose, Role } from "../generated/prisma/enums";
import { accountLinkUsable, hashInvitationToken } from "./invitation-token";

/**
 * Uses up a single-use account link (an invitation or a password reset) inside the caller's
 * transaction and returns the account it is for. A link of another purpose, used, expired or for a
 * deactivated account is refused with `invalidMessage`; single use holds even when two submissions
 * race (only one of them marks it used).
 */
export async function consumeAccountLink(
  tx: TransactionClient,
  { token, purpose, at, invalidMessage }: { token: string; purpose: AccountLinkPurpose; at: Date; invalidMessage: string },
): Promise<{ id: string; email: string; role: Role }> {
  const link = await tx.userInvitation.findUnique({
    where: { tokenHash: hashInvitationToken(token) },
    select: {
      id: true,
      purpose: true,
      usedAt: true,
      expiresAt: true,
      user: { select: { id: true, email: true, role: true, active: true } },
    },
  });
  if (!link || link.purpose !== purpose || !accountLinkUsable(link, at)) throw new AppError("CONFLICT", invalidMessage);
  const { count } = await tx.userInvitation.updateMany({ where: { id: link.id, usedAt: null }, data: { usedAt: at } });
  if (count !== 1) throw new AppError("CONFLICT", invalidMessage);
  return { id: link.user.id, email: link.user.email, role: link.user.role };
}
