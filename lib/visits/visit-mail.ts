import "server-only";
import type { TransactionClient } from "../db/types";
import { enqueueMail, getBusinessHours } from "../platform/enqueue-mail";
import { mailIntlLocale, mailName, mailTranslator, type MailLocale, type MailT } from "../i18n/mail-locale";
import { missionRecipients, REQUEST_FOR_UPDATE } from "./request-record";

// Mail to the mission about a visit request, through the outbox (R1: held outside Geneva business
// hours; R2: the focal point in copy), in the mission's language (State.locale). The holder's own words
// (purpose, periods, note) stay as written; the mandate's title and the State's name follow the
// language where the database has them.

type Loaded = {
  mandate: { titleEn: string; titleFr: string; titleEs: string; titleAr: string; titleZh: string; titleRu: string };
  state: { nameEn: string; nameFr: string; nameEs: string; nameAr: string; nameZh: string; nameRu: string };
  purpose: string;
  proposedPeriods: string | null;
  requestedAt: Date | null;
};
type Words = { t: MailT; locale: MailLocale; mandate: string; state: string };

async function toMission(
  tx: TransactionClient,
  o: { visitRequestId: string; now: Date; kind: string; subject: (w: Words) => string; text: (r: Loaded, w: Words) => string },
) {
  const r = await tx.visitRequest.findUniqueOrThrow({ where: { id: o.visitRequestId }, select: REQUEST_FOR_UPDATE });
  const { to, cc, addressee, locale } = missionRecipients(r.state);
  // A State without a mission address nor focal point: the event is recorded, nothing can be mailed.
  if (to.length === 0) return null;
  const { t } = mailTranslator(locale, "mailText.visit");
  const words: Words = { t, locale, mandate: mailName(r.mandate, "title", locale), state: mailName(r.state, "name", locale) };
  const mail = await enqueueMail(tx, {
    to,
    cc,
    subject: o.subject(words),
    text: `${addressee}\n\n${o.text(r, words)}`,
    urgent: false,
    kind: o.kind,
    now: o.now,
    businessHours: await getBusinessHours(tx),
  });
  return mail.id;
}

export function sendRequestMail(tx: TransactionClient, o: { visitRequestId: string; now: Date; portalUrl: string }) {
  return toMission(tx, {
    ...o,
    kind: "visit.request",
    subject: ({ t, mandate }) => t("requestSubject", { mandate }),
    text: (r, { t, mandate, state }) =>
      [
        t("request", { mandate, state }),
        "",
        t("purpose", { purpose: r.purpose }),
        t("periods", { periods: r.proposedPeriods ?? "—" }),
        "",
        t("answer", { url: o.portalUrl }),
        "",
      ].join("\n"),
  });
}

export function sendReminderMail(tx: TransactionClient, o: { visitRequestId: string; now: Date; portalUrl: string; note: string | null }) {
  return toMission(tx, {
    ...o,
    kind: "visit.reminder",
    subject: ({ t, mandate }) => t("reminderSubject", { mandate }),
    text: (r, { t, locale, mandate, state }) => {
      const date = r.requestedAt
        ? new Intl.DateTimeFormat(mailIntlLocale(locale), { dateStyle: "long", timeZone: "UTC" }).format(r.requestedAt)
        : "—";
      return [t("reminder", { mandate, state, date }), ...(o.note ? ["", o.note] : []), "", t("answer", { url: o.portalUrl }), ""].join(
        "\n",
      );
    },
  });
}

export function sendStatementMail(tx: TransactionClient, o: { visitRequestId: string; now: Date; portalUrl: string }) {
  return toMission(tx, {
    ...o,
    kind: "visit.statement-shared",
    subject: ({ t, mandate }) => t("statementSubject", { mandate }),
    text: (_r, { t, mandate, state }) => [t("statement", { mandate, state }), "", t("statementRead", { url: o.portalUrl }), ""].join("\n"),
  });
}
