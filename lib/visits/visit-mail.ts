import "server-only";
import type { TransactionClient } from "../db/types";
import { enqueueMail, getBusinessHours } from "../platform/enqueue-mail";
import { missionRecipients, REQUEST_FOR_UPDATE } from "./request-record";

// Mail to the mission about a visit request, through the outbox (R1: held outside Geneva business
// hours; R2: the focal point in copy). Texts in English, the working language of the secretariat.

async function toMission(
  tx: TransactionClient,
  o: { visitRequestId: string; now: Date; kind: string; subject: (r: Loaded) => string; text: (r: Loaded, addressee: string) => string },
) {
  const r = await tx.visitRequest.findUniqueOrThrow({ where: { id: o.visitRequestId }, select: REQUEST_FOR_UPDATE });
  const { to, cc, addressee } = missionRecipients(r.state);
  // A State without a mission address nor focal point: the event is recorded, nothing can be mailed.
  if (to.length === 0) return null;
  const mail = await enqueueMail(tx, {
    to,
    cc,
    subject: o.subject(r),
    text: o.text(r, addressee),
    urgent: false,
    kind: o.kind,
    now: o.now,
    businessHours: await getBusinessHours(tx),
  });
  return mail.id;
}
type Loaded = {
  mandate: { titleEn: string };
  state: { nameEn: string };
  purpose: string;
  proposedPeriods: string | null;
  requestedAt: Date | null;
};

export function sendRequestMail(tx: TransactionClient, o: { visitRequestId: string; now: Date; portalUrl: string }) {
  return toMission(tx, {
    ...o,
    kind: "visit.request",
    subject: (r) => `Request for a country visit: ${r.mandate.titleEn}`,
    text: (r, addressee) =>
      `${addressee}\n\nThe ${r.mandate.titleEn} requests to visit ${r.state.nameEn}.\n\nPurpose: ${r.purpose}\nProposed periods: ${r.proposedPeriods ?? "—"}\n\nThe Government may answer in the SP Portal: ${o.portalUrl}\n`,
  });
}

export function sendReminderMail(tx: TransactionClient, o: { visitRequestId: string; now: Date; portalUrl: string; note: string | null }) {
  return toMission(tx, {
    ...o,
    kind: "visit.reminder",
    subject: (r) => `Reminder: request for a country visit by the ${r.mandate.titleEn}`,
    text: (r, addressee) =>
      `${addressee}\n\nThe ${r.mandate.titleEn} recalls the request to visit ${r.state.nameEn} sent on ${r.requestedAt?.toISOString().slice(0, 10) ?? "—"}, which awaits an answer.\n${o.note ? `\n${o.note}\n` : ""}\nThe Government may answer in the SP Portal: ${o.portalUrl}\n`,
  });
}

export function sendStatementMail(tx: TransactionClient, o: { visitRequestId: string; now: Date; portalUrl: string }) {
  return toMission(tx, {
    ...o,
    kind: "visit.statement-shared",
    subject: (r) => `End-of-mission statement of the ${r.mandate.titleEn} (before the debriefing)`,
    text: (r, addressee) =>
      `${addressee}\n\nAhead of the debriefing with the Government, the ${r.mandate.titleEn} shares the end-of-mission statement on the visit to ${r.state.nameEn}. It is not public before the debriefing.\n\nRead it in the SP Portal: ${o.portalUrl}\n`,
  });
}
