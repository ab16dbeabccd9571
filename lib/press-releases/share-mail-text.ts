// The mail that gives a State's mission, and its focal point (R2), the text of a press release in
// advance (R3), in the mission's language (State.locale); dates in Geneva time. The press release's own
// title and text stay as written.
import { GENEVA_TIME_ZONE } from "../core/geneva";
import { mailIntlLocale, mailTranslator } from "../i18n/mail-locale";

export function shareMailText(pr: {
  /** The mission's language (en when absent). */
  locale?: string;
  title: string;
  body: string;
  /** Already in the mail's language where the database has it (mailName). */
  mandateTitle: string | null;
  communicationReference: string | null;
  /** A press release on a country visit names the visit (dates are calendar days, stored at UTC midnight). */
  visit?: { stateName: string; startDate: Date; endDate: Date } | null;
  addressee: string;
  possibleFrom: Date;
  portalUrl: string;
}): { subject: string; text: string } {
  const { locale, t } = mailTranslator(pr.locale, "mailText");
  const intl = mailIntlLocale(locale);
  const from = new Intl.DateTimeFormat(intl, { dateStyle: "long", timeStyle: "short", timeZone: GENEVA_TIME_ZONE }).format(pr.possibleFrom);
  const day = new Intl.DateTimeFormat(intl, { dateStyle: "long", timeZone: "UTC" });
  const concerning = pr.communicationReference
    ? t("pressRelease.aboutCommunication", { reference: pr.communicationReference })
    : pr.visit
      ? t("pressRelease.aboutVisit", {
          state: pr.visit.stateName,
          start: day.format(pr.visit.startDate),
          end: day.format(pr.visit.endDate),
        })
      : t("pressRelease.aboutState");
  const text = [
    t("letter.to", { addressee: pr.addressee }),
    "",
    pr.mandateTitle ? t("pressRelease.sharedBy", { mandate: pr.mandateTitle }) : t("pressRelease.shared"),
    concerning,
    // R4: on a visit, nothing goes out before the debriefing with the Government either.
    t(pr.visit ? "pressRelease.notBeforeVisit" : "pressRelease.notBefore", { from }),
    "",
    pr.title,
    "",
    pr.body,
    "",
    t("pressRelease.portal", { url: pr.portalUrl }),
  ].join("\n");
  return { subject: t("pressRelease.subject", { title: pr.title }), text };
}
