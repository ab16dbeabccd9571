// The mail telling a user that an administrator reset their second factor, in their language
// (User.locale, any of the six UN languages; the text is in the mail catalogs).
import { mailTranslator } from "../../i18n/mail-locale";

export function resetMailText(locale: string): { subject: string; text: string } {
  const { t } = mailTranslator(locale, "mailText.secondFactorReset");
  return { subject: t("subject"), text: t("text") };
}
