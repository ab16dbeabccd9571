import "server-only";
import { genevaDate, genevaYear } from "../core/geneva";
import { prisma } from "../db/client";
import type { Locale } from "../i18n/config";
import { localized } from "../i18n/localized";
import { publicCommunicationScope } from "../communications/scope";
import { findThemeChoices } from "../themes/find-theme-choices";

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
    prisma.state.findMany({ select: { iso3: true, nameEn: true, nameFr: true, nameEs: true } }),
    prisma.mandate.findMany({ select: { slug: true, titleEn: true, titleFr: true, titleEs: true } }),
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

// The choices change when a State, actor, mandate or theme is added, or a year starts: kept per
// process for a minute (and per Geneva day, so a shifted test clock sees its own years), which
// spares the search page six queries and the sorting of 200 names on every request.
const FACETS_TTL_MS = 60_000;
const facetsCache = new Map<string, { at: number; value: Promise<SearchFacets> }>();

export async function findSearchFacets({ locale = "en", now }: { locale?: Locale; now: Date }): Promise<SearchFacets> {
  const key = `${locale}:${genevaDate(now)}`;
  const hit = facetsCache.get(key);
  if (hit && Date.now() - hit.at < FACETS_TTL_MS) return hit.value;
  const value = loadSearchFacets(locale, now);
  facetsCache.set(key, { at: Date.now(), value });
  value.catch(() => facetsCache.delete(key));
  if (facetsCache.size > 50) facetsCache.delete(facetsCache.keys().next().value!);
  return value;
}
