import "server-only";
import { randomBytes } from "node:crypto";
import { z } from "zod";
import { prisma } from "../db/client";
import { AppError } from "../core/errors";
import { now } from "../core/clock";
import { writeAudit } from "../platform/write-audit";
import { hashPassword } from "../auth/password";
import { INVITATION_VALIDITY_MS, hashInvitationToken, newInvitationToken } from "./invitation-token";

export const inviteAdminSchema = z.object({
  email: z
    .email()
    .max(200)
    .transform((e) => e.toLowerCase()),
  name: z.string().trim().min(1).max(200),
});
export type InviteAdminInput = z.infer<typeof inviteAdminSchema>;

/**
 * The first administrator of a production database (`npm run admin:create`), run by whoever operates
 * the server, so there is no actor. The account gets no usable password: the person sets their own
 * through the returned single-use token. Asked again for an administrator who never signed in (the
 * link expired or was lost), it issues a new link and voids the old ones.
 */
export async function inviteAdmin({ input }: { input: InviteAdminInput }): Promise<{ userId: string; token: string; expiresAt: Date }> {
  const token = newInvitationToken();
  const at = now();
  const expiresAt = new Date(at.getTime() + INVITATION_VALIDITY_MS);
  // Nobody knows this password: the account cannot be signed in to before the invitation is used.
  const unusable = await hashPassword(randomBytes(32).toString("base64url"));
  return prisma.$transaction(async (tx) => {
    const existing = await tx.user.findUnique({ where: { email: input.email }, select: { id: true, role: true, lastSignInAt: true } });
    if (existing && (existing.role !== "ADMIN" || existing.lastSignInAt)) {
      throw new AppError("CONFLICT", "An account with this email already exists and is in use.");
    }
    const user =
      existing ??
      (await tx.user.create({
        data: { email: input.email, name: input.name, role: "ADMIN", passwordHash: unusable, invitationPending: true },
        select: { id: true },
      }));
    await tx.userInvitation.updateMany({ where: { userId: user.id, purpose: "INVITATION", usedAt: null }, data: { usedAt: at } });
    await tx.userInvitation.create({ data: { userId: user.id, tokenHash: hashInvitationToken(token), createdAt: at, expiresAt } });
    if (!existing)
      await writeAudit(tx, {
        actor: null,
        action: "user.create",
        entityType: "User",
        entityId: user.id,
        after: { email: input.email, name: input.name, role: "ADMIN" },
      });
    await writeAudit(tx, { actor: null, action: "user.invite", entityType: "User", entityId: user.id, after: { expiresAt } });
    return { userId: user.id, token, expiresAt };
  });
}
