// Confirmation mails of office-hour bookings (R17): the time in Geneva and in the reader's own zone,
// in the reader's language (User.locale). The holder's and the State's names and the topic the State
// wrote stay as they are.
import { GENEVA_TIME_ZONE } from "../core/geneva";
import { mailIntlLocale, mailTranslator, type MailLocale, type MailT } from "../i18n/mail-locale";

function when(t: MailT, locale: MailLocale, startsAt: Date, endsAt: Date, timeZone: string): string {
  const intl = mailIntlLocale(locale);
  const fmt = (tz: string) => new Intl.DateTimeFormat(intl, { dateStyle: "full", timeStyle: "short", timeZone: tz });
  const endFmt = (tz: string) => new Intl.DateTimeFormat(intl, { timeStyle: "short", timeZone: tz });
  const geneva = t("genevaTime", { range: `${fmt(GENEVA_TIME_ZONE).format(startsAt)}–${endFmt(GENEVA_TIME_ZONE).format(endsAt)}` });
  if (timeZone === GENEVA_TIME_ZONE) return geneva;
  return `${geneva}; ${fmt(timeZone).format(startsAt)}–${endFmt(timeZone).format(endsAt)} (${timeZone})`;
}

export type SlotMail = {
  startsAt: Date;
  endsAt: Date;
  location: string | null;
  holderName: string;
  stateName: string;
  topic: string | null;
  url: string;
};

export function bookingMailText(
  kind: "booked" | "cancelled",
  slot: SlotMail,
  reader: { timeZone: string; audience: "holder" | "state"; locale?: string },
) {
  const { locale, t } = mailTranslator(reader.locale, "mailText.officeHours");
  const values = { state: slot.stateName, holder: slot.holderName };
  const subject = t(kind === "booked" ? "bookedSubject" : "cancelledSubject", values);
  const lines = [
    reader.audience === "holder"
      ? t(kind === "booked" ? "holderBooked" : "holderCancelled", values)
      : t(kind === "booked" ? "stateBooked" : "stateCancelled", values),
    "",
    t("when", { when: when(t, locale, slot.startsAt, slot.endsAt, reader.timeZone) }),
    slot.location ? t("where", { location: slot.location }) : null,
    kind === "booked" && reader.audience === "holder" && slot.topic ? t("topic", { topic: slot.topic }) : null,
    kind === "cancelled" ? t("reopened") : null,
    "",
    t("portal", { url: slot.url }),
  ].filter((l): l is string => l !== null);
  return { subject, text: lines.join("\n") };
}
