// The mail that tells a submitter what the secretariat decided about its good story (R13). English,
// like the portal's other mails; the status page says the same in the submitter's language.
export type StoryDecision = "publish" | "request-information" | "reject";

export function storyDecisionMailText(s: {
  title: string;
  decision: StoryDecision;
  note: string | null;
  storyUrl: string;
  statusUrl: string;
}): { subject: string; text: string } {
  const lines: Record<StoryDecision, string[]> = {
    publish: ["Thank you: your good story has been published.", `It is online at ${s.storyUrl}`],
    "request-information": [
      "The secretariat would like more information before publishing your good story.",
      `You can add it from ${s.statusUrl} (signed in, or with the status token you were given).`,
    ],
    reject: ["The secretariat has decided not to publish your good story."],
  };
  const subject = {
    publish: "Your good story is published",
    "request-information": "More information needed for your good story",
    reject: "Your good story",
  }[s.decision];
  const text = [`"${s.title}"`, "", ...lines[s.decision], ...(s.note ? ["", "Note from the secretariat:", s.note] : [])].join("\n");
  return { subject: `${subject} — ${s.title}`, text };
}
