import "server-only";
import { prisma } from "../db/client";
import { localized, NAME_FIELDS, TITLE_FIELDS } from "../i18n/localized";

const byLabel = (locale: string) => (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label, locale);

/** The States of the submission form, labelled in the visitor's language. */
export async function caseStateChoices({ locale }: { locale: string }) {
  const states = await prisma.state.findMany({
    select: { id: true, ...NAME_FIELDS },
  });
  return states.map((s) => ({ value: s.id, label: localized(s, "name", locale) })).sort(byLabel(locale));
}

/** What the secretariat's triage forms offer: active mandates, States and other actors as addressees. */
export async function triageChoices({ locale }: { locale: string }) {
  const [mandates, states, actors] = await Promise.all([
    prisma.mandate.findMany({
      where: { active: true },
      select: { id: true, slug: true, ...TITLE_FIELDS },
    }),
    caseStateChoices({ locale }),
    prisma.otherActor.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  return {
    mandates: mandates.map((m) => ({ value: m.id, slug: m.slug, label: localized(m, "title", locale) })).sort(byLabel(locale)),
    addressees: [
      // Other actors first (R6).
      ...actors.map((a) => ({ value: `actor:${a.id}`, label: a.name })),
      ...states.map((s) => ({ value: `state:${s.value}`, label: s.label })),
    ],
  };
}

/** The queue's filter choices: States by ISO code, mandates by slug. */
export async function caseFilterChoices({ locale }: { locale: string }) {
  const [states, mandates] = await Promise.all([
    prisma.state.findMany({ select: { iso3: true, ...NAME_FIELDS } }),
    prisma.mandate.findMany({
      where: { active: true },
      select: { slug: true, ...TITLE_FIELDS },
    }),
  ]);
  return {
    states: states.map((s) => ({ value: s.iso3, label: localized(s, "name", locale) })).sort(byLabel(locale)),
    mandates: mandates.map((m) => ({ value: m.slug, label: localized(m, "title", locale) })).sort(byLabel(locale)),
  };
}
