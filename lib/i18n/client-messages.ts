// The catalog namespaces that client components read (useTranslations in "use client" files). Only
// these travel to the browser, and only where needed (components/layout/client-messages.tsx: the
// portal gets them all, public pages what their forms read); the rest of the catalog stays on the
// server, where server components read it with getTranslations. lib/i18n/client-messages.test.ts scans the client
// components and fails when one reads a namespace missing here.
export const CLIENT_NAMESPACES = [
  "communications",
  "pressReleases",
  "users",
  "roles",
  "signIn",
  "invitation",
  "passwordReset",
  "userInvitations",
  "followUp",
  "settings",
  "files",
  "forms",
  "visits",
  "reprisals",
  "stories",
  "advisory",
  "themes",
  "questionnaires",
  "officeHours",
  "missionUsers",
  "missionAdmins",
  "roleGrants",
  "secondFactor",
  "cases",
  "organisations",
  "guestAnswers",
  "reports",
  "cooperation",
  "committee",
  "committeeStatements",
  "guidance",
  "committeePeople",
] as const;

export type ClientNamespace = (typeof CLIENT_NAMESPACES)[number];

/** The messages of `namespaces` (default: every client namespace). */
export function clientMessages(
  messages: Record<string, unknown>,
  namespaces: readonly ClientNamespace[] = CLIENT_NAMESPACES,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const ns of namespaces) if (ns in messages) out[ns] = messages[ns];
  return out;
}
