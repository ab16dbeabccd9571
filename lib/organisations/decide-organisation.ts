import "server-only";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/policy";
import { AppError } from "../core/errors";
import { now as clockNow } from "../core/clock";
import { writeAudit } from "../platform/write-audit";
import { enqueueMail, getBusinessHours } from "../platform/enqueue-mail";
import { portalBaseUrl } from "../communications/letter-text";
import { decisionAllowed } from "./rules";
import { decisionMail } from "./mail-text";
import type { DecideOrganisationInput } from "./schemas";

/**
 * The secretariat approves a registered organisation — its members may then answer calls for input and
 * submit good stories under its name — or refuses it, saying why (issue 17, item 3). Once, and only
 * after the contact confirmed its address. The contact is told by mail in its language (held to
 * Geneva business hours, R1, like the portal's other decisions); the decision is audited.
 */
export async function decideOrganisation({ actor, input }: { actor: Actor; input: DecideOrganisationInput }) {
  assertCan(actor, "organisation:decide");
  return prisma.$transaction(async (tx) => {
    const at = clockNow();
    // Two officers deciding at once: one after the other, so the second finds it decided.
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Organisation" WHERE id = ${input.organisationId}::uuid FOR UPDATE`;
    if (locked.length === 0) throw new AppError("NOT_FOUND", "No such organisation");
    const before = await tx.organisation.findUniqueOrThrow({
      where: { id: input.organisationId },
      select: { id: true, name: true, status: true, emailConfirmedAt: true, contactName: true, contactEmail: true },
    });
    const check = decisionAllowed(before);
    if (!check.ok)
      throw new AppError("CONFLICT", check.reason === "not-confirmed" ? "organisations.notConfirmed" : "organisations.alreadyDecided");
    const approve = input.decision === "approve";
    const after = await tx.organisation.update({
      where: { id: before.id },
      data: {
        status: approve ? "APPROVED" : "REFUSED",
        decidedAt: at,
        decidedById: actor.userId,
        refusalReason: approve ? null : input.reason,
      },
      select: { id: true, status: true, decidedAt: true, refusalReason: true },
    });
    // The contact's own account (the one that registered) says in which language to write.
    const contact = await tx.user.findFirst({
      where: { organisationId: before.id, email: before.contactEmail },
      select: { locale: true },
    });
    await enqueueMail(tx, {
      to: [before.contactEmail],
      ...decisionMail({
        locale: contact?.locale ?? "en",
        name: before.contactName,
        organisation: before.name,
        decision: input.decision,
        reason: input.reason,
        url: `${portalBaseUrl()}/signin`,
      }),
      urgent: false,
      kind: approve ? "organisation.approved" : "organisation.refused",
      now: at,
      businessHours: await getBusinessHours(tx),
    });
    await writeAudit(tx, {
      actor,
      action: approve ? "organisation.approve" : "organisation.refuse",
      entityType: "Organisation",
      entityId: before.id,
      before: { status: before.status },
      after,
    });
    return { id: after.id, status: after.status };
  });
}
