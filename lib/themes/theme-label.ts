import { localized, type Localized } from "../i18n/localized";

/** A theme as lists show it: its name, or "SDG 13 — Climate action" for a Sustainable Development Goal (R14). */
export function themeLabel(theme: { sdgNumber: number | null } & Localized<"name">, locale: string): string {
  const name = localized(theme, "name", locale);
  return theme.sdgNumber ? `SDG ${theme.sdgNumber} — ${name}` : name;
}
