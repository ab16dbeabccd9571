import "server-only";
import { genevaDate, genevaYear } from "../core/geneva";
import { prisma } from "../db/client";
import type { Locale } from "../i18n/config";
import { localized, NAME_FIELDS, TITLE_FIELDS } from "../i18n/localized";
import { publicCommunicationScope } from "../communications/scope";
import { findThemeChoices } from "../themes/find-theme-choices";
import { publicMemo } from "../public-cache/memo";

export type AddresseeOption = { value: string; label: string; kind: "OTHER_ACTOR" | "STATE" };

/**
 * The choices of the search form. Addressees: other actors first (R6), then States A–Z in the
 * interface language. Years: from the first to the last published communication (two index reads,
 * not a scan of the table).
 */
async function loadSearchFacets(locale: Locale, now: Date) {
  const scope = publicCommunicationScope(now);
  const [actors, states, mandates, themes, first, last] = await Promise.all([
    prisma.otherActor.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } }),
    prisma.state.findMany({ select: { iso3: true, ...NAME_FIELDS } }),
    prisma.mandate.findMany({
      select: { slug: true, ...TITLE_FIELDS },
    }),
    findThemeChoices(),
    prisma.communication.findFirst({ where: scope, orderBy: { sentAt: "asc" }, select: { sentAt: true } }),
    prisma.communication.findFirst({ where: scope, orderBy: { sentAt: "desc" }, select: { sentAt: true } }),
  ]);
  const collator = new Intl.Collator(locale);
  const byLabel = <T extends { label: string }>(a: T, b: T) => collator.compare(a.label, b.label);
  const addressees: AddresseeOption[] = [
    ...actors.map((a) => ({ value: `actor:${a.id}`, label: a.name, kind: "OTHER_ACTOR" as const })).sort(byLabel),
    ...states.map((s) => ({ value: `state:${s.iso3}`, label: localized(s, "name", locale), kind: "STATE" as const })).sort(byLabel),
  ];
  const from = first?.sentAt ? genevaYear(first.sentAt) : undefined;
  const to = last?.sentAt ? genevaYear(last.sentAt) : undefined;
  const years = from !== undefined && to !== undefined ? Array.from({ length: to - from + 1 }, (_, i) => to - i) : [];
  return {
    addressees,
    mandates: mandates.map((m) => ({ value: m.slug, label: localized(m, "title", locale) })).sort(byLabel),
    // Cross-cutting themes (reprisals among them, R8) A–Z, then the SDGs in their order.
    themes: themes
      .map((t) => ({ value: t.slug, label: localized(t, "name", locale), sdg: t.sdgNumber }))
      .sort((a, b) => (a.sdg ?? 0) - (b.sdg ?? 0) || byLabel(a, b))
      .map(({ value, label }) => ({ value, label })),
    years,
  };
}

export type SearchFacets = Awaited<ReturnType<typeof loadSearchFacets>>;

// The choices change when a State, actor, mandate or theme is added, or a year starts: remembered
// like all public data (lib/public-cache/memo.ts) per language and Geneva day, which spares the
// search page six queries and the sorting of 200 names on most requests.
const facets = publicMemo<SearchFacets>({ max: 50 });

export async function findSearchFacets({ locale = "en", now }: { locale?: Locale; now: Date }): Promise<SearchFacets> {
  return facets.get(`${locale}:${genevaDate(now)}`, () => loadSearchFacets(locale, now));
}
