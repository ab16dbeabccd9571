import "server-only";
import { prisma } from "../db/client";
import { localized, NAME_FIELDS } from "../i18n/localized";

/** The countries an organisation may name (the States of the list), labelled and sorted in the user's language. */
export async function countryChoices({ locale }: { locale: string }) {
  const states = await prisma.state.findMany({
    select: { id: true, ...NAME_FIELDS },
  });
  return states.map((s) => ({ value: s.id, label: localized(s, "name", locale) })).sort((a, b) => a.label.localeCompare(b.label, locale));
}
