// The texts of notifications: the line in the portal's list, the mail sent at once and the daily
// digest, in the recipient's language (User.locale, any of the six UN languages; English otherwise).
import { mailTranslator, type MailLocale, type MailT } from "../i18n/mail-locale";
import type { NotificationKind } from "./kinds";

export type NotificationParams = Record<string, string>;

export function notificationTranslator(locale: string): { locale: MailLocale; t: MailT } {
  // A parameter missing from an old row must not break the list: the text shows without it.
  return mailTranslator(locale, "notifications", { lenient: true });
}

/** The sentence saying what happened, as the list and the mails show it. */
export function notificationSentence(locale: string, kind: NotificationKind | string, params: NotificationParams): string {
  return notificationTranslator(locale).t(`kinds.${kind}.body`, params);
}

function absolute(base: string, link: string): string {
  return `${base.replace(/\/$/, "")}${link}`;
}

/** The mail that tells one person at once. */
export function notificationMail(o: {
  locale: string;
  name: string;
  kind: NotificationKind;
  params: NotificationParams;
  link: string;
  baseUrl: string;
}): { subject: string; text: string } {
  const { t } = notificationTranslator(o.locale);
  return {
    subject: t(`kinds.${o.kind}.subject`, o.params),
    text: [
      t("mail.greeting", { name: o.name }),
      "",
      t(`kinds.${o.kind}.body`, o.params),
      "",
      t("mail.open"),
      absolute(o.baseUrl, o.link),
      "",
      t("mail.footer", { url: absolute(o.baseUrl, "/portal/notifications") }),
    ].join("\n"),
  };
}

/** One mail with every notice of the day that its recipient asked to receive as a digest. */
export function digestMail(o: {
  locale: string;
  name: string;
  day: string;
  items: { kind: string; params: NotificationParams; link: string }[];
  baseUrl: string;
}): { subject: string; text: string } {
  const { t } = notificationTranslator(o.locale);
  const lines = o.items.flatMap((i) => [`- ${t(`kinds.${i.kind}.body`, i.params)}`, `  ${absolute(o.baseUrl, i.link)}`]);
  return {
    subject: t("mail.digestSubject", { day: o.day, count: o.items.length }),
    text: [
      t("mail.greeting", { name: o.name }),
      "",
      t("mail.digestIntro", { day: o.day, count: o.items.length }),
      "",
      ...lines,
      "",
      t("mail.footer", { url: absolute(o.baseUrl, "/portal/notifications") }),
    ].join("\n"),
  };
}
