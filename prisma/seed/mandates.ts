// Mandates (from data/mandates.ts, country mandates linked to their State) and themes (from
// data/themes.ts; Arabic, Chinese and Russian from data/translations.ts), upserted by slug: a
// database seeded before a name changed (or before a language was added) gets it on the next start.
import type { Db, Log, MandateRef, StateRef, ThemeRef } from "./context";
import { MANDATES, type MandateData } from "./data/mandates";
import { THEMES } from "./data/themes";
import { stableUuid } from "./random";
import { diffByKey } from "./sync";
import { mandateTitles, themeNames } from "./data/translations";

const MANDATE_FIELDS = [
  "kind",
  "body",
  "titleEn",
  "titleFr",
  "titleEs",
  "titleAr",
  "titleZh",
  "titleRu",
  "established",
  "countryId",
] as const;

export async function seedMandates(db: Db, states: Map<string, StateRef>, log: Log): Promise<MandateRef[]> {
  const desired = MANDATES.map((m) => {
    let countryId: string | null = null;
    if (m.countryIso3) {
      const state = states.get(m.countryIso3);
      if (!state) throw new Error(`Mandate ${m.slug}: unknown State ${m.countryIso3}`);
      countryId = state.id;
    }
    return {
      id: stableUuid(`mandate:${m.slug}`),
      slug: m.slug,
      kind: m.kind,
      body: m.body,
      titleEn: m.titleEn,
      titleFr: m.titleFr,
      titleEs: m.titleEs,
      ...mandateTitles(m.slug),
      established: m.established,
      countryId,
      email: `${m.slug}@mandates.sp-portal.example`,
    };
  });
  const slugs = desired.map((m) => m.slug);
  const existing = await db.mandate.findMany({ where: { slug: { in: slugs } } });
  const { create, update } = diffByKey(existing, desired, (m) => m.slug, MANDATE_FIELDS);
  if (create.length) await db.mandate.createMany({ data: create, skipDuplicates: true });
  for (const { current, changes } of update) await db.mandate.update({ where: { slug: current.slug }, data: changes });
  if (create.length || update.length) log(`Mandates: ${create.length} created, ${update.length} updated`);

  const rows = await db.mandate.findMany({ where: { slug: { in: slugs } }, select: { id: true, slug: true, countryId: true } });
  const bySlug = new Map(rows.map((r) => [r.slug, r]));
  const data = new Map<string, MandateData>(MANDATES.map((m) => [m.slug, m]));
  return [...slugs].sort().map((slug) => ({ ...data.get(slug)!, id: bySlug.get(slug)!.id, countryId: bySlug.get(slug)!.countryId }));
}

const THEME_FIELDS = ["kind", "sdgNumber", "nameEn", "nameFr", "nameEs", "nameAr", "nameZh", "nameRu"] as const;

export async function seedThemes(db: Db, log: Log): Promise<ThemeRef[]> {
  const desired = THEMES.map((t) => ({
    id: stableUuid(`theme:${t.slug}`),
    slug: t.slug,
    kind: t.kind,
    sdgNumber: t.sdgNumber ?? null,
    nameEn: t.nameEn,
    nameFr: t.nameFr,
    nameEs: t.nameEs,
    ...themeNames(t.slug),
  }));
  const slugs = desired.map((t) => t.slug);
  const existing = await db.theme.findMany({ where: { slug: { in: slugs } } });
  const { create, update } = diffByKey(existing, desired, (t) => t.slug, THEME_FIELDS);
  if (create.length) await db.theme.createMany({ data: create, skipDuplicates: true });
  for (const { current, changes } of update) await db.theme.update({ where: { slug: current.slug }, data: changes });
  if (create.length || update.length) log(`Themes: ${create.length} created, ${update.length} updated`);
  const rows = await db.theme.findMany({ where: { slug: { in: slugs } }, select: { id: true, slug: true }, orderBy: { slug: "asc" } });
  return rows;
}

/** The mandate whose English title matches, preferring the given slug (data/mandates.ts). */
export function findMandateSlug(preferred: string, titlePattern: RegExp): string {
  const exact = MANDATES.find((m) => m.slug === preferred);
  if (exact) return exact.slug;
  const byTitle = MANDATES.find((m) => m.kind === "THEMATIC" && titlePattern.test(m.titleEn));
  if (!byTitle) throw new Error(`No mandate matching ${titlePattern}`);
  return byTitle.slug;
}

export const HOLDER_MANDATE_SLUG = findMandateSlug("hr-defenders", /human rights defenders/i);
export const COSIGNER_MANDATE_SLUG = findMandateSlug("freedom-of-expression", /freedom of opinion and expression/i);
