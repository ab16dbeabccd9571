import "server-only";
import { randomBytes } from "node:crypto";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/policy";
import { AppError } from "../core/errors";
import { now as clockNow } from "../core/clock";
import { writeAudit } from "../platform/write-audit";
import { enqueueMail, getBusinessHours } from "../platform/enqueue-mail";
import { portalBaseUrl } from "../communications/letter-text";
import { hashPassword } from "../auth/password";
import { INVITATION_VALIDITY_MS, hashInvitationToken, newInvitationToken } from "./invitation-token";
import { missionInvitationMailText } from "./mission-invitation-text";
import { mailLocale, mailName } from "../i18n/mail-locale";
import type { AddMissionUserInput } from "./access-schemas";
import { NAME_FIELDS } from "../i18n/localized";

/**
 * A mission administrator adds a user to its own mission (issue 12, item 5). The account is always a
 * STATE account bound to the administrator's State — the form has no role or State to choose — and
 * gets no usable password: the person sets their own through a single-use invitation link, mailed
 * through the outbox and returned once so that the administrator may pass it on.
 */
export async function addMissionUser({
  actor,
  input,
}: {
  actor: Actor;
  input: AddMissionUserInput;
}): Promise<{ userId: string; link: string; expiresAt: Date }> {
  assertCan(actor, "mission:manage-users");
  const stateId = actor.stateId;
  if (!stateId) throw new AppError("FORBIDDEN", "No State");
  const token = newInvitationToken();
  // Nobody knows this password: the account cannot be signed in to before the invitation is used.
  const unusable = await hashPassword(randomBytes(32).toString("base64url"));
  return prisma.$transaction(async (tx) => {
    const at = clockNow();
    const expiresAt = new Date(at.getTime() + INVITATION_VALIDITY_MS);
    if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
      throw new AppError("CONFLICT", "Email taken", { email: ["users.emailTaken"] });
    }
    const state = await tx.state.findUniqueOrThrow({
      where: { id: stateId },
      select: { ...NAME_FIELDS, locale: true },
    });
    // The new account starts in the mission's language, and so does its invitation.
    const locale = mailLocale(state.locale);
    const user = await tx.user.create({
      data: { name: input.name, email: input.email, role: "STATE", stateId, passwordHash: unusable, locale },
      select: { id: true, name: true, email: true, role: true, stateId: true },
    });
    await tx.userInvitation.create({ data: { userId: user.id, tokenHash: hashInvitationToken(token), createdAt: at, expiresAt } });
    const link = `${portalBaseUrl()}/invitation/${token}`;
    await enqueueMail(tx, {
      to: [user.email],
      ...missionInvitationMailText({
        locale,
        name: user.name,
        stateName: mailName(state, "name", locale),
        invitedBy: actor.name,
        link,
        expiresAt,
      }),
      // An invitation link: account security, it goes at once but is not urgent (R1).
      urgent: false,
      atOnce: true, // account security: a person waits for it (R1), never labelled urgent
      kind: "user.invitation",
      now: at,
      businessHours: await getBusinessHours(tx),
    });
    await writeAudit(tx, { actor, action: "user.create", entityType: "User", entityId: user.id, after: { ...user, byMission: true } });
    await writeAudit(tx, { actor, action: "user.invite", entityType: "User", entityId: user.id, after: { expiresAt } });
    return { userId: user.id, link, expiresAt };
  });
}
