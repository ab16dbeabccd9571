import "server-only";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { AppError } from "../core/errors";
import { now as clockNow } from "../core/clock";
import { writeAudit } from "../platform/write-audit";
import { issueInvitation } from "../users/invitation";
import { unusablePasswordHash } from "../auth/password";
import { organisationMembersWhere } from "./member-scope";
import type { InviteMemberInput } from "./schemas";

/**
 * An organisation's administrator invites a member by e-mail (issue 17, item 3), as a mission's
 * administrator adds a mission user: the account is always a CIVIL_SOCIETY account of the
 * administrator's own organisation — the form has no role or organisation to choose — and the person
 * sets their own password through the single-use invitation link mailed to them (which also proves
 * the address). The link is returned once, for the administrator to pass on.
 */
export async function inviteOrganisationMember({
  actor,
  input,
  locale,
}: {
  actor: Actor;
  input: InviteMemberInput;
  locale: string;
}): Promise<{ userId: string; link: string }> {
  const { organisationId } = organisationMembersWhere(actor) as { organisationId: string };
  const passwordHash = await unusablePasswordHash();
  return prisma.$transaction(async (tx) => {
    const at = clockNow();
    if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
      throw new AppError("CONFLICT", "Email taken", { email: ["users.emailTaken"] });
    }
    const user = await tx.user.create({
      data: {
        name: input.name,
        email: input.email,
        role: "CIVIL_SOCIETY",
        organisationId,
        passwordHash,
        locale,
        invitationPending: true,
        createdAt: at,
      },
      select: { id: true, name: true, email: true, locale: true, role: true, organisationId: true },
    });
    const { url, expiresAt } = await issueInvitation(tx, { user, at });
    await writeAudit(tx, { actor, action: "user.create", entityType: "User", entityId: user.id, after: { ...user, byOrganisation: true } });
    await writeAudit(tx, { actor, action: "user.invite", entityType: "User", entityId: user.id, after: { expiresAt } });
    return { userId: user.id, link: url };
  });
}
