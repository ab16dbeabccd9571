import "server-only";
import { prisma } from "../db/client";
import { localized, NAME_FIELDS, TITLE_FIELDS } from "../i18n/localized";
import { findThemeChoices } from "../themes/find-theme-choices";

/** Choices of the story form, labelled in the user's language. */
export async function storyFormChoices({ locale }: { locale: string }) {
  const [states, mandates, themes] = await Promise.all([
    prisma.state.findMany({
      orderBy: { nameEn: "asc" },
      select: { id: true, ...NAME_FIELDS },
    }),
    prisma.mandate.findMany({
      where: { active: true },
      orderBy: { titleEn: "asc" },
      select: { id: true, ...TITLE_FIELDS },
    }),
    findThemeChoices(),
  ]);
  const byLabel = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label, locale);
  return {
    states: states.map((s) => ({ value: s.id, label: localized(s, "name", locale) })).sort(byLabel),
    mandates: mandates.map((m) => ({ value: m.id, label: localized(m, "title", locale) })).sort(byLabel),
    themes: themes.map((t) => ({ value: t.id, kind: t.kind, label: localized(t, "name", locale) })),
  };
}
