import "server-only";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/policy";
import { AppError } from "../core/errors";
import { now as clockNow } from "../core/clock";
import { writeAudit } from "../platform/write-audit";
import { getSettings } from "../platform/get-settings";
import { enqueueMail, getBusinessHours } from "../platform/enqueue-mail";
import { nextOpening } from "../platform/business-hours";
import { portalBaseUrl } from "../communications/letter-text";
import { earliestPublication, mayShare } from "./rules";
import { pressReleaseScopeFor } from "./scope";
import { shareMailText } from "./share-mail-text";
import { missionAddressee, missionMailSelect } from "../communications/recipients";
import { mailLocale, mailName } from "../i18n/mail-locale";
import { TITLE_FIELDS } from "../i18n/localized";

const missionSelect = { select: missionMailSelect } as const;

/**
 * R3: the holder of the mandate, or the secretariat, shares a press release in advance with the
 * State concerned — the addressee of its communication, or the State of its country visit: the
 * mission and its focal point (R2) get the text
 * through the outbox. R1: outside Geneva business hours the mail waits for the next opening, and
 * so does the State — the lead time counts from when the mail is due, stored as sharedWithStateAt.
 */
export async function sharePressRelease({ actor, input }: { actor: Actor; input: { pressReleaseId: string } }) {
  assertCan(actor, "press-release:manage");
  const now = clockNow();
  return prisma.$transaction(async (tx) => {
    const pr = await tx.pressRelease.findFirst({
      where: { AND: [{ id: input.pressReleaseId }, pressReleaseScopeFor(actor, now)] },
      select: {
        id: true,
        status: true,
        title: true,
        body: true,
        mandateId: true,
        communicationId: true,
        visitId: true,
        mandate: { select: { ...TITLE_FIELDS } },
        communication: { select: { reference: true, addresseeState: missionSelect } },
        visit: { select: { startDate: true, endDate: true, visitRequest: { select: { state: missionSelect } } } },
      },
    });
    if (!pr) throw new AppError("NOT_FOUND", "No such press release");
    if (!mayShare(actor, pr)) throw new AppError("FORBIDDEN", "Not allowed to share this press release");
    if (pr.status !== "DRAFT") throw new AppError("CONFLICT", "pressReleases.alreadyShared");
    const state = pr.communication?.addresseeState ?? pr.visit?.visitRequest.state;
    if (!state) throw new AppError("CONFLICT", "pressReleases.shareNeedsState");
    const focalPoints = state.focalPoints.map((f) => f.email);
    const to = state.missionEmail ? [state.missionEmail] : focalPoints;
    if (to.length === 0) throw new AppError("CONFLICT", "pressReleases.noRecipient");

    const [settings, businessHours] = await Promise.all([getSettings(tx), getBusinessHours(tx)]);
    // The instant enqueueMail will make the mail due (press releases are never urgent, R1).
    const dueAt = nextOpening(now, businessHours);
    const leadTimeHours = settings["pressRelease.leadTimeHours"];
    // One mail in the mission's language, its focal point in copy (R2; recipients.ts says why).
    const locale = mailLocale(state.locale);
    const mailText = shareMailText({
      locale,
      title: pr.title,
      body: pr.body,
      mandateTitle: pr.mandate ? mailName(pr.mandate, "title", locale) : null,
      communicationReference: pr.communication?.reference ?? null,
      visit: pr.visit
        ? { stateName: mailName(pr.visit.visitRequest.state, "name", locale), startDate: pr.visit.startDate, endDate: pr.visit.endDate }
        : null,
      addressee: missionAddressee(state, locale),
      possibleFrom: earliestPublication(dueAt, leadTimeHours),
      portalUrl: `${portalBaseUrl()}/portal/state/press-releases/${pr.id}`,
    });
    const mail = await enqueueMail(tx, {
      to,
      cc: focalPoints,
      ...mailText,
      urgent: false,
      kind: "press-release.share",
      communicationId: pr.communicationId,
      now,
      businessHours,
    });
    const sharedWithStateAt = mail.notBefore;
    // Guarded on the status read above: a concurrent share rolls back with its mail.
    const updated = await tx.pressRelease.updateMany({
      where: { id: pr.id, status: "DRAFT" },
      data: { status: "SHARED_WITH_STATE", sharedWithStateAt },
    });
    if (updated.count !== 1) throw new AppError("CONFLICT", "pressReleases.alreadyShared");
    const possibleFrom = earliestPublication(sharedWithStateAt, leadTimeHours);
    await writeAudit(tx, {
      actor,
      action: "press-release.share",
      entityType: "PressRelease",
      entityId: pr.id,
      before: { status: pr.status },
      after: {
        status: "SHARED_WITH_STATE",
        sharedWithStateAt,
        possibleFrom,
        leadTimeHours,
        stateId: state.id,
        communicationId: pr.communicationId,
        visitId: pr.visitId,
        mailTo: mail.toAddresses,
        mailCc: mail.ccAddresses,
        outboxMessageId: mail.id,
      },
    });
    return { id: pr.id, sharedWithStateAt, possibleFrom, heldUntilOpening: sharedWithStateAt > now };
  });
}
