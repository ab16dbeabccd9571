import type { Locale } from "./config";

const SUFFIX: Record<Locale, "En" | "Fr" | "Es"> = { en: "En", fr: "Fr", es: "Es" };

/** Picks `nameFr` / `titleEs` … for the locale from a record that has all three. */
export function localized<K extends string>(record: { [P in `${K}En` | `${K}Fr` | `${K}Es`]: string }, key: K, locale: string): string {
  const suffix = SUFFIX[locale as Locale] ?? "En";
  return record[`${key}${suffix}` as `${K}En`];
}
