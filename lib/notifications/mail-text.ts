// The texts of notifications: the line in the portal's list, the mail sent at once and the daily
// digest, in the recipient's interface language (User.locale; English when it is none of EN/FR/ES).
import { createTranslator } from "next-intl";
import { MESSAGES } from "../i18n/messages";
import { isLocale, type Locale } from "../i18n/config";
import type { NotificationKind } from "./kinds";

export type NotificationParams = Record<string, string>;

type T = (key: string, values?: Record<string, string | number>) => string;

export function notificationTranslator(locale: string): { locale: Locale; t: T } {
  const l: Locale = isLocale(locale) ? locale : "en";
  const t = createTranslator({
    locale: l,
    messages: MESSAGES[l] as never,
    namespace: "notifications" as never,
    // A parameter missing from an old row must not break the list: the text shows without it.
    onError: () => undefined,
    getMessageFallback: ({ key }) => key,
  }) as unknown as T;
  return { locale: l, t };
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
