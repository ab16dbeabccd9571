import { DEFAULT_LOCALE, isLocale, type Locale } from "./config";

/** The column suffix of each language: `nameAr`, `titleZh`, … */
const SUFFIX = { ar: "Ar", zh: "Zh", en: "En", fr: "Fr", ru: "Ru", es: "Es" } as const satisfies Record<Locale, string>;
type Suffix = (typeof SUFFIX)[Locale];

/** A record with a name in each of the six languages: `Localized<"name">` is `{ nameAr; nameZh; nameEn; … }`. */
export type Localized<K extends string> = { [P in `${K}${Suffix}`]: string };

/** Prisma `select`s of the six names of a State or a theme, and of the six titles of a mandate. */
export const NAME_FIELDS = { nameAr: true, nameZh: true, nameEn: true, nameFr: true, nameRu: true, nameEs: true } as const;
export const TITLE_FIELDS = { titleAr: true, titleZh: true, titleEn: true, titleFr: true, titleRu: true, titleEs: true } as const;

/**
 * Picks `nameFr` / `titleZh` … for the locale. A record that lacks the locale's field (a query that
 * still selects only English, French and Spanish) gets the English one rather than nothing.
 */
export function localized<K extends string>(
  record: { [P in `${K}${"En" | "Fr" | "Es"}`]: string } & { [P in `${K}${"Ar" | "Zh" | "Ru"}`]?: string | null },
  key: K,
  locale: string,
): string {
  const fields = record as Record<string, string | null | undefined>;
  const suffix = SUFFIX[isLocale(locale) ? locale : DEFAULT_LOCALE];
  return fields[`${key}${suffix}`] || fields[`${key}En`]!;
}

/** The six names of a record as an object keyed by language (`{ ar, zh, en, fr, ru, es }`), for the open data. */
export function byLocale<K extends string>(record: Localized<K>, key: K): Record<Locale, string> {
  const fields = record as Record<string, string>;
  return Object.fromEntries(Object.entries(SUFFIX).map(([l, s]) => [l, fields[`${key}${s}`]!])) as Record<Locale, string>;
}
