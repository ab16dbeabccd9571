import "server-only";
import { prisma } from "../db/client";
import { now as clockNow } from "../core/clock";
import { writeAudit } from "../platform/write-audit";
import { enqueueMail, getBusinessHours } from "../platform/enqueue-mail";
import { portalBaseUrl } from "../communications/letter-text";
import { SECRETARIAT_MAILBOX } from "../communications/submit-reply";
import { consumeAccountLink } from "../users/consume-account-link";
import { registrationNoticeMail } from "./mail-text";
import type { ConfirmEmailInput } from "./schemas";

/**
 * The contact follows the link mailed at registration (issue 17, item 3): the link is used up, the
 * account may sign in — to see its organisation waiting — and the registration goes to the
 * secretariat's queue, whose mailbox is told (held to Geneva business hours, R1, like its other mail).
 */
export async function confirmOrganisationEmail({ input }: { input: ConfirmEmailInput }): Promise<{ email: string; organisation: string }> {
  return prisma.$transaction(async (tx) => {
    const at = clockNow();
    const link = await consumeAccountLink(tx, {
      token: input.token,
      purpose: "EMAIL_CONFIRMATION",
      at,
      invalidMessage: "organisations.confirmInvalid",
    });
    const user = await tx.user.update({
      where: { id: link.id },
      data: { emailUnconfirmed: false },
      select: { id: true, role: true, email: true, organisationId: true },
    });
    const org = user.organisationId
      ? await tx.organisation.update({
          where: { id: user.organisationId },
          data: { emailConfirmedAt: at },
          select: { id: true, name: true, website: true, status: true, country: { select: { nameEn: true } } },
        })
      : null;
    await writeAudit(tx, {
      actor: { userId: user.id, role: user.role },
      action: "user.confirm-email",
      entityType: "User",
      entityId: user.id,
      after: { emailUnconfirmed: false },
    });
    if (org) {
      await writeAudit(tx, {
        actor: { userId: user.id, role: user.role },
        action: "organisation.confirm-email",
        entityType: "Organisation",
        entityId: org.id,
        after: { emailConfirmedAt: at },
      });
      if (org.status === "PENDING") {
        await enqueueMail(tx, {
          to: [SECRETARIAT_MAILBOX],
          ...registrationNoticeMail({
            organisation: org.name,
            country: org.country.nameEn,
            website: org.website,
            url: `${portalBaseUrl()}/portal/secretariat/organisations/${org.id}`,
          }),
          urgent: false,
          kind: "organisation.registered",
          now: at,
          businessHours: await getBusinessHours(tx),
        });
      }
    }
    return { email: user.email, organisation: org?.name ?? "" };
  });
}
