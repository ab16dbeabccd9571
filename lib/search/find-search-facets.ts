import "server-only";
import { TZDate } from "@date-fns/tz";
import { GENEVA } from "../joint-report/periods";
import { prisma } from "../db/client";
import type { Locale } from "../i18n/config";
import { localized } from "../i18n/localized";
import { publicCommunicationScope } from "../communications/scope";

export type AddresseeOption = { value: string; label: string; kind: "OTHER_ACTOR" | "STATE" };

/**
 * The choices of the search form. Addressees: other actors first (R6), then States A–Z in the
 * interface language. Years: from the first to the last published communication (two index reads,
 * not a scan of the table).
 */
export async function findSearchFacets({ locale = "en", now }: { locale?: Locale; now: Date }) {
  const scope = publicCommunicationScope(now);
  const [actors, states, mandates, themes, first, last] = await Promise.all([
    prisma.otherActor.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } }),
    prisma.state.findMany({ select: { iso3: true, nameEn: true, nameFr: true, nameEs: true } }),
    prisma.mandate.findMany({ select: { slug: true, titleEn: true, titleFr: true, titleEs: true } }),
    prisma.theme.findMany({ select: { slug: true, nameEn: true, nameFr: true, nameEs: true, sdgNumber: true } }),
    prisma.communication.findFirst({ where: scope, orderBy: { sentAt: "asc" }, select: { sentAt: true } }),
    prisma.communication.findFirst({ where: scope, orderBy: { sentAt: "desc" }, select: { sentAt: true } }),
  ]);
  const collator = new Intl.Collator(locale);
  const byLabel = <T extends { label: string }>(a: T, b: T) => collator.compare(a.label, b.label);
  const addressees: AddresseeOption[] = [
    ...actors.map((a) => ({ value: `actor:${a.id}`, label: a.name, kind: "OTHER_ACTOR" as const })).sort(byLabel),
    ...states.map((s) => ({ value: `state:${s.iso3}`, label: localized(s, "name", locale), kind: "STATE" as const })).sort(byLabel),
  ];
  const genevaYear = (d: Date | null | undefined) => (d ? new TZDate(d.getTime(), GENEVA).getFullYear() : undefined);
  const from = genevaYear(first?.sentAt);
  const to = genevaYear(last?.sentAt);
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

export type SearchFacets = Awaited<ReturnType<typeof findSearchFacets>>;
