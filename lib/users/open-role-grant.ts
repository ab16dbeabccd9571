import "server-only";
import type { Actor } from "../auth/actor";
import type { TransactionClient } from "../db/types";
import type { Role } from "../generated/prisma/enums";
import { AppError } from "../core/errors";
import { writeAudit } from "../platform/write-audit";
import { enqueueMail, getBusinessHours } from "../platform/enqueue-mail";
import { portalBaseUrl } from "../communications/letter-text";
import { roleGrantRequestedMailText } from "./role-grant-mail-text";

/** The addresses of every active secretariat member, told of each privileged role grant. */
export async function secretariatAddresses(tx: TransactionClient): Promise<string[]> {
  const rows = await tx.user.findMany({ where: { role: "SECRETARIAT", active: true }, select: { email: true }, orderBy: { email: "asc" } });
  return rows.map((r) => r.email);
}

/**
 * Records a request for a privileged role (issue 12, item 6), inside the caller's transaction: the
 * request, its audit entry and a mail to every active secretariat member. Nothing changes for the
 * target until a second, different member approves it (lib/users/decide-role-grant.ts).
 */
export async function openRoleGrant(
  tx: TransactionClient,
  {
    actor,
    target,
    role,
    newAccount,
    at,
  }: { actor: Actor; target: { id: string; name: string; email: string; role: Role }; role: Role; newAccount: boolean; at: Date },
) {
  if (await tx.roleGrantRequest.findFirst({ where: { targetUserId: target.id, status: "PENDING" }, select: { id: true } })) {
    throw new AppError("CONFLICT", "roleGrants.alreadyPending");
  }
  const request = await tx.roleGrantRequest.create({
    data: {
      targetUserId: target.id,
      role,
      previousRole: newAccount ? null : target.role,
      newAccount,
      requestedById: actor.userId,
      createdAt: at,
    },
    select: { id: true, targetUserId: true, role: true, previousRole: true, newAccount: true, status: true },
  });
  await writeAudit(tx, { actor, action: "role-grant.request", entityType: "RoleGrantRequest", entityId: request.id, after: request });
  const to = await secretariatAddresses(tx);
  if (to.length > 0) {
    await enqueueMail(tx, {
      to,
      ...roleGrantRequestedMailText({
        role,
        targetName: target.name,
        targetEmail: target.email,
        newAccount,
        requestedBy: actor.name,
        link: `${portalBaseUrl()}/portal/role-requests`,
      }),
      // A security notice: it goes at once, whatever the hour.
      urgent: false,
      atOnce: true, // account security: a person waits for it (R1), never labelled urgent
      kind: "role-grant.request",
      now: at,
      businessHours: await getBusinessHours(tx),
    });
  }
  return request;
}

/**
 * A new account made for a privileged role stays inactive until its request is approved: reactivating
 * it by hand would get round the four eyes, so it is refused while the request is pending or refused.
 */
export async function assertNotAwaitingGrant(tx: TransactionClient, userId: string): Promise<void> {
  const grant = await tx.roleGrantRequest.findFirst({
    where: { targetUserId: userId, newAccount: true },
    orderBy: { createdAt: "desc" },
    select: { status: true },
  });
  if (grant && grant.status !== "APPROVED") throw new AppError("CONFLICT", "roleGrants.awaitingApproval");
}
