import "server-only";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertCan, canDecideRoleGrant } from "../auth/policy";
import { AppError } from "../core/errors";
import { now as clockNow } from "../core/clock";
import { writeAudit } from "../platform/write-audit";
import { enqueueMail, getBusinessHours } from "../platform/enqueue-mail";
import { secretariatAddresses } from "./open-role-grant";
import { roleGrantDecidedMailText } from "./role-grant-mail-text";
import { issueInvitation } from "./invitation";
import type { DecideRoleGrantInput } from "./access-schemas";

/**
 * A second secretariat member or admin approves or refuses a privileged role grant (issue 12, item 6).
 * Neither the requester nor the account concerned may decide (canDecideRoleGrant). On approval the
 * role takes effect: the account gets the role (and loses the bindings of its old one); a new account
 * made for the role becomes active and its invitation link is mailed. Audited, and every active secretariat member is told by mail.
 */
export async function decideRoleGrant({ actor, input }: { actor: Actor; input: DecideRoleGrantInput }) {
  assertCan(actor, "role-grant:decide");
  return prisma.$transaction(async (tx) => {
    const at = clockNow();
    const request = await tx.roleGrantRequest.findUnique({
      where: { id: input.requestId },
      select: {
        id: true,
        status: true,
        role: true,
        newAccount: true,
        requestedById: true,
        targetUserId: true,
        requestedBy: { select: { name: true } },
        targetUser: { select: { id: true, name: true, email: true, locale: true, role: true, active: true, invitationPending: true } },
      },
    });
    if (!request) throw new AppError("NOT_FOUND", "No such request");
    if (!canDecideRoleGrant(actor, request)) throw new AppError("CONFLICT", "roleGrants.notYours");
    const approved = input.decision === "approve";
    // Decided once, even when two members press at the same time.
    const { count } = await tx.roleGrantRequest.updateMany({
      where: { id: request.id, status: "PENDING" },
      data: { status: approved ? "APPROVED" : "REFUSED", decidedById: actor.userId, decidedAt: at },
    });
    if (count !== 1) throw new AppError("CONFLICT", "roleGrants.alreadyDecided");
    if (approved) {
      const before = request.targetUser;
      // The privileged roles bind to nothing: the old role's State, holder and organisation go.
      const after = await tx.user.update({
        where: { id: request.targetUserId },
        data: {
          role: request.role,
          stateId: null,
          mandateHolderId: null,
          organisation: null,
          missionAdmin: false,
          ...(request.newAccount ? { active: true } : {}),
        },
        select: { role: true, active: true },
      });
      await writeAudit(tx, {
        actor,
        action: "user.change-role",
        entityType: "User",
        entityId: request.targetUserId,
        before: { role: before.role, active: before.active },
        after: { ...after, roleGrantRequestId: request.id },
      });
      // A new account's invitation goes now, not before: until approval the account is no one's.
      if (request.newAccount && before.invitationPending) {
        const invitation = await issueInvitation(tx, { user: before, at });
        await writeAudit(tx, {
          actor,
          action: "user.invite",
          entityType: "User",
          entityId: before.id,
          after: { expiresAt: invitation.expiresAt },
        });
      }
    }
    await writeAudit(tx, {
      actor,
      action: approved ? "role-grant.approve" : "role-grant.refuse",
      entityType: "RoleGrantRequest",
      entityId: request.id,
      before: { status: request.status },
      after: { status: approved ? "APPROVED" : "REFUSED", decidedAt: at, requestedById: request.requestedById },
    });
    const to = await secretariatAddresses(tx);
    if (to.length > 0) {
      await enqueueMail(tx, {
        to,
        ...roleGrantDecidedMailText({
          role: request.role,
          targetEmail: request.targetUser.email,
          approved,
          decidedBy: actor.name,
          requestedBy: request.requestedBy.name,
        }),
        urgent: false,
        atOnce: true, // account security: a person waits for it (R1), never labelled urgent
        kind: approved ? "role-grant.approve" : "role-grant.refuse",
        now: at,
        businessHours: await getBusinessHours(tx),
      });
    }
    return { id: request.id, status: approved ? ("APPROVED" as const) : ("REFUSED" as const) };
  });
}
