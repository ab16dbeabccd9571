import "server-only";
import { prisma } from "../db/client";
import { AppError } from "../core/errors";
import { now as clockNow } from "../core/clock";
import { writeAudit } from "../platform/write-audit";
import { enqueueMail, getBusinessHours } from "../platform/enqueue-mail";
import { portalBaseUrl } from "../communications/letter-text";
import { confirmationMailThrottle, type ConfirmationMailThrottle } from "../auth/confirmation-mail-throttle";
import { hashPassword } from "../auth/password";
import type { TransactionClient } from "../db/types";
import { issueEmailConfirmation } from "./email-confirmation-link";
import { alreadyRegisteredMail, confirmationMail } from "./mail-text";
import type { RegisterOrganisationInput } from "./schemas";

/**
 * An organisation registers itself (issue 17, item 3): the organisation, PENDING, and its contact's
 * account — a CIVIL_SOCIETY user bound to it, its administrator, with the password typed — that
 * cannot sign in before the link mailed to its address is followed (User.emailUnconfirmed). Then the
 * secretariat decides (decide-organisation.ts).
 *
 * The visitor is told the same whatever the address: registering again with an address still waiting
 * for its confirmation mails a new link (and changes nothing else); an address that already has an
 * account gets a mail saying so, and nothing is created. The links mail at once, any hour (a person is
 * waiting for them; R1 holds letters), at most a few an hour to one address (the throttle).
 */
export async function registerOrganisation({
  input,
  locale,
  throttle = confirmationMailThrottle(),
}: {
  input: RegisterOrganisationInput;
  locale: string;
  throttle?: ConfirmationMailThrottle;
}): Promise<void> {
  const passwordHash = await hashPassword(input.newPassword);
  const mayMail = await throttle.mayMail(input.contactEmail);
  await prisma.$transaction(async (tx) => {
    const at = clockNow();
    // Two registrations of one address at once: one after the other, so the second sees the first.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`register:${input.contactEmail}`}, 0))`;
    const existing = await tx.user.findUnique({
      where: { email: input.contactEmail },
      select: {
        id: true,
        name: true,
        role: true,
        locale: true,
        emailUnconfirmed: true,
        organisationId: true,
        memberOf: { select: { name: true } },
      },
    });
    if (existing?.emailUnconfirmed && existing.organisationId && existing.memberOf) {
      if (mayMail) await mailConfirmation(tx, { user: existing, organisation: existing.memberOf.name, email: input.contactEmail, at });
      await writeAudit(tx, {
        actor: null,
        action: "organisation.confirmation-resent",
        entityType: "Organisation",
        entityId: existing.organisationId,
        after: { mailed: mayMail },
      });
      return;
    }
    if (existing) {
      if (mayMail) {
        await enqueueMail(tx, {
          to: [input.contactEmail],
          ...alreadyRegisteredMail({
            locale: existing.locale,
            email: input.contactEmail,
            signInUrl: `${portalBaseUrl()}/signin`,
            resetUrl: `${portalBaseUrl()}/reset-password`,
          }),
          urgent: false,
          atOnce: true, // account security: a person waits for it (R1), never labelled urgent
          kind: "organisation.already-registered",
          now: at,
          businessHours: await getBusinessHours(tx),
        });
      }
      await writeAudit(tx, {
        actor: null,
        action: "organisation.register-existing-address",
        entityType: "User",
        entityId: existing.id,
        after: { mailed: mayMail },
      });
      return;
    }
    if ((await tx.state.count({ where: { id: input.countryId } })) !== 1)
      throw new AppError("INVALID_INPUT", "Unknown country", { countryId: ["organisations.countryRequired"] });
    const organisation = await tx.organisation.create({
      data: {
        name: input.name,
        countryId: input.countryId,
        website: input.website,
        contactName: input.contactName,
        contactEmail: input.contactEmail,
        createdAt: at,
      },
      select: { id: true, name: true, countryId: true, website: true, contactName: true, contactEmail: true, status: true },
    });
    const user = await tx.user.create({
      data: {
        name: input.contactName,
        email: input.contactEmail,
        passwordHash,
        role: "CIVIL_SOCIETY",
        locale,
        organisationId: organisation.id,
        organisationAdmin: true,
        emailUnconfirmed: true,
        createdAt: at,
      },
      select: { id: true, name: true, locale: true, role: true, organisationId: true, organisationAdmin: true },
    });
    if (mayMail) await mailConfirmation(tx, { user, organisation: organisation.name, email: input.contactEmail, at });
    await writeAudit(tx, {
      actor: null,
      action: "organisation.register",
      entityType: "Organisation",
      entityId: organisation.id,
      after: organisation,
    });
    await writeAudit(tx, {
      actor: null,
      action: "user.create",
      entityType: "User",
      entityId: user.id,
      after: { role: user.role, organisationId: user.organisationId, organisationAdmin: user.organisationAdmin, mailed: mayMail },
    });
  });
}

async function mailConfirmation(
  tx: TransactionClient,
  { user, organisation, email, at }: { user: { id: string; name: string; locale: string }; organisation: string; email: string; at: Date },
) {
  const { url, expiresAt } = await issueEmailConfirmation(tx, { userId: user.id, at });
  await enqueueMail(tx, {
    to: [email],
    ...confirmationMail({ locale: user.locale, name: user.name, organisation, url, expiresAt }),
    urgent: false,
    atOnce: true, // account security: a person waits for it (R1), never labelled urgent
    kind: "organisation.confirm-email",
    now: at,
    businessHours: await getBusinessHours(tx),
  });
}
