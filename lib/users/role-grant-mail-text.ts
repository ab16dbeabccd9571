// Mails to every active secretariat member about a privileged role grant (issue 12, item 6). English,
// like the portal's other mails.
import type { Role } from "../generated/prisma/enums";

const ROLE_NAME: Record<Role, string> = {
  SECRETARIAT: "Secretariat",
  ADMIN: "Administrator",
  STATE: "State",
  MANDATE_HOLDER: "Mandate holder",
  CIVIL_SOCIETY: "Civil society",
};

export function roleGrantRequestedMailText(m: {
  role: Role;
  targetName: string;
  targetEmail: string;
  newAccount: boolean;
  requestedBy: string;
  link: string;
}) {
  return {
    subject: `Approval needed: ${ROLE_NAME[m.role]} role for ${m.targetEmail}`,
    text: [
      `${m.requestedBy} asks that ${m.targetName} <${m.targetEmail}> ${m.newAccount ? "be given a new account with" : "be given"} the ${ROLE_NAME[m.role]} role.`,
      "It takes effect only when another secretariat member or administrator approves it; the requester cannot.",
      "",
      `Approve or refuse it here: ${m.link}`,
      "If you did not expect this request, tell the other members of the secretariat.",
    ].join("\n"),
  };
}

export function roleGrantDecidedMailText(m: {
  role: Role;
  targetEmail: string;
  approved: boolean;
  decidedBy: string;
  requestedBy: string;
}) {
  const verb = m.approved ? "approved" : "refused";
  return {
    subject: `${m.approved ? "Approved" : "Refused"}: ${ROLE_NAME[m.role]} role for ${m.targetEmail}`,
    text: [
      `${m.decidedBy} ${verb} the ${ROLE_NAME[m.role]} role for ${m.targetEmail}, requested by ${m.requestedBy}.`,
      m.approved ? "The role is in effect from now on." : "The account keeps the access it had.",
    ].join("\n"),
  };
}
