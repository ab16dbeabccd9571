// The mail that brings a new mission user its invitation link (issue 12, item 5). English, like the
// portal's other mails.
export function missionInvitationMailText(m: { name: string; stateName: string; invitedBy: string; link: string; expiresAt: Date }) {
  return {
    subject: `Your SP Portal account for the Permanent Mission of ${m.stateName}`,
    text: [
      `Dear ${m.name},`,
      "",
      `${m.invitedBy}, administrator of the Permanent Mission of ${m.stateName} on SP Portal, has opened an account for you.`,
      "Set your password at this address (it works once):",
      m.link,
      "",
      `The link expires on ${m.expiresAt.toISOString().slice(0, 16).replace("T", " ")} UTC. Ask your mission's administrator for a new one after that.`,
    ].join("\n"),
  };
}
