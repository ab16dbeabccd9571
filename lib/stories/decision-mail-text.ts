// The mail that tells a submitter what the secretariat decided about its good story (R13), in the
// submitter's language: User.locale for an account, else the language of the form it used
// (GoodStory.language). The story's title and the secretariat's note stay as written.
import { mailTranslator } from "../i18n/mail-locale";

export type StoryDecision = "publish" | "request-information" | "reject";

export function storyDecisionMailText(s: {
  /** en when absent. */
  locale?: string;
  title: string;
  decision: StoryDecision;
  note: string | null;
  storyUrl: string;
  statusUrl: string;
}): { subject: string; text: string } {
  const { t } = mailTranslator(s.locale, "mailText.story");
  const lines: Record<StoryDecision, string[]> = {
    publish: [t("published"), t("online", { url: s.storyUrl })],
    "request-information": [t("information"), t("addFrom", { url: s.statusUrl })],
    reject: [t("rejected")],
  };
  const subject = { publish: "publishSubject", "request-information": "informationSubject", reject: "rejectSubject" }[s.decision];
  const text = [t("title", { title: s.title }), "", ...lines[s.decision], ...(s.note ? ["", t("note"), s.note] : [])].join("\n");
  return { subject: t(subject, { title: s.title }), text };
}
