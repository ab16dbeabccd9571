// The catalog namespaces that client components read (useTranslations in "use client" files). Only
// these travel to the browser with every page: the rest of the catalog stays on the server, where
// server components read it with getTranslations. lib/i18n/client-messages.test.ts scans the client
// components and fails when one reads a namespace missing here.
export const CLIENT_NAMESPACES = [
  "communications",
  "pressReleases",
  "users",
  "roles",
  "signIn",
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
] as const;

export function clientMessages(messages: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const ns of CLIENT_NAMESPACES) if (ns in messages) out[ns] = messages[ns];
  return out;
}
