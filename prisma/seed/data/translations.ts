// Names in Arabic, Chinese and Russian of the reference data (issue 15): mandate titles and theme
// names by slug, and the UN short names of the States whose common name differs (the others come
// from i18n-iso-countries). Written by translators in translations/{ar,zh,ru}.json, following the
// UN's official documents where they exist (docs/glossary.md).
import ar from "./translations/ar.json" with { type: "json" };
import zh from "./translations/zh.json" with { type: "json" };
import ru from "./translations/ru.json" with { type: "json" };

type Translations = { mandates: Record<string, string>; themes: Record<string, string>; states: Record<string, string> };

export const TRANSLATIONS: Record<"ar" | "zh" | "ru", Translations> = { ar, zh, ru };

function pick(part: "mandates" | "themes", slug: string): { ar: string; zh: string; ru: string } {
  const out = { ar: TRANSLATIONS.ar[part][slug], zh: TRANSLATIONS.zh[part][slug], ru: TRANSLATIONS.ru[part][slug] };
  for (const [lang, text] of Object.entries(out)) if (!text) throw new Error(`translations/${lang}.json has no ${part} entry for ${slug}`);
  return out as { ar: string; zh: string; ru: string };
}

/** The Arabic, Chinese and Russian titles of a mandate. */
export function mandateTitles(slug: string): { titleAr: string; titleZh: string; titleRu: string } {
  const t = pick("mandates", slug);
  return { titleAr: t.ar, titleZh: t.zh, titleRu: t.ru };
}

/** The Arabic, Chinese and Russian names of a theme. */
export function themeNames(slug: string): { nameAr: string; nameZh: string; nameRu: string } {
  const t = pick("themes", slug);
  return { nameAr: t.ar, nameZh: t.zh, nameRu: t.ru };
}
