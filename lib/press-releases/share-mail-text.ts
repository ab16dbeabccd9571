// The mail that gives a State's mission, and its focal point (R2), the text of a press release in
// advance (R3). English, like the letters it refers to; dates in Geneva time.
import { GENEVA_TIME_ZONE } from "../core/geneva";

export function shareMailText(pr: {
  title: string;
  body: string;
  mandateTitle: string | null;
  communicationReference: string | null;
  /** A press release on a country visit names the visit (dates are calendar days, stored at UTC midnight). */
  visit?: { stateName: string; startDate: Date; endDate: Date } | null;
  addressee: string;
  possibleFrom: Date;
  portalUrl: string;
}): { subject: string; text: string } {
  const from = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeStyle: "short", timeZone: GENEVA_TIME_ZONE }).format(
    pr.possibleFrom,
  );
  const day = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" });
  const concerning = pr.communicationReference
    ? `concerning communication ${pr.communicationReference}.`
    : pr.visit
      ? `concerning the country visit to ${pr.visit.stateName} from ${day.format(pr.visit.startDate)} to ${day.format(pr.visit.endDate)}.`
      : "concerning your State.";
  const text = [
    `To: ${pr.addressee}`,
    "",
    pr.mandateTitle
      ? `The ${pr.mandateTitle} shares in advance the following press release`
      : "The following press release is shared in advance",
    concerning,
    // R4: on a visit, nothing goes out before the debriefing with the Government either.
    pr.visit
      ? `It will not be issued before ${from} (Geneva time), nor before the debriefing with the Government.`
      : `It will not be issued before ${from} (Geneva time).`,
    "",
    pr.title,
    "",
    pr.body,
    "",
    `The text is also available in SP Portal: ${pr.portalUrl}`,
  ].join("\n");
  return { subject: `Press release shared in advance — ${pr.title}`, text };
}
