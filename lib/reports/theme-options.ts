import { themeLabel } from "../themes/theme-label";
import type { ThemeChoice } from "../themes/find-theme-choices";

/** Themes as the report form lists them: cross-cutting themes, then "SDG 13 — Climate action". */
export function themeOptions(themes: ThemeChoice[], locale: string) {
  return themes.map((x) => ({
    value: x.id,
    label: themeLabel(x, locale),
  }));
}
