// The mail that gives a State's mission, and its focal point (R2), the text of a press release in
// advance (R3). English, like the letters it refers to; dates in Geneva time.
export function shareMailText(pr: {
  title: string;
  body: string;
  mandateTitle: string | null;
  communicationReference: string | null;
  addressee: string;
  possibleFrom: Date;
  portalUrl: string;
}): { subject: string; text: string } {
  const from = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Zurich" }).format(pr.possibleFrom);
  const text = [
    `To: ${pr.addressee}`,
    "",
    pr.mandateTitle ? `The ${pr.mandateTitle} shares in advance the following press release` : "The following press release is shared in advance",
    pr.communicationReference ? `concerning communication ${pr.communicationReference}.` : "concerning your State.",
    `It will not be issued before ${from} (Geneva time).`,
    "",
    pr.title,
    "",
    pr.body,
    "",
    `The text is also available in SP Portal: ${pr.portalUrl}`,
  ].join("\n");
  return { subject: `Press release shared in advance — ${pr.title}`, text };
}
