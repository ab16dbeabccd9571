// The mail that brings a new mission user its invitation link (issue 12, item 5), in the mission's
// language (State.locale), which the new account also starts with.
import { mailTranslator } from "../i18n/mail-locale";

export function missionInvitationMailText(m: {
  /** en when absent. */
  locale?: string;
  name: string;
  stateName: string;
  invitedBy: string;
  link: string;
  expiresAt: Date;
}) {
  const { t } = mailTranslator(m.locale, "mailText.missionInvitation");
  return {
    subject: t("subject", { state: m.stateName }),
    text: [
      t("greeting", { name: m.name }),
      "",
      t("opened", { invitedBy: m.invitedBy, state: m.stateName }),
      t("link"),
      m.link,
      "",
      t("expires", { expires: m.expiresAt.toISOString().slice(0, 16).replace("T", " ") }),
    ].join("\n"),
  };
}
