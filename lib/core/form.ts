import { z } from "zod";

const SECRET_FIELDS = /password|secret|token/i;

/** FormData as plain values for zod; repeated names become arrays. Secrets are never echoed back. */
export function formValues(formData: FormData): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("$ACTION") || typeof value !== "string") continue;
    const current = out[key];
    if (current === undefined) out[key] = value;
    else out[key] = Array.isArray(current) ? [...current, value] : [current, value];
  }
  return out;
}

export function withoutSecrets(values: Record<string, string | string[]>) {
  return Object.fromEntries(Object.entries(values).filter(([k]) => !SECRET_FIELDS.test(k)));
}

/** zod's own translated messages for the user's language. */
export function zodLocaleError(locale: string) {
  // The UN's Chinese is written in simplified characters.
  const locales = { ar: z.locales.ar, zh: z.locales.zhCN, en: z.locales.en, fr: z.locales.fr, ru: z.locales.ru, es: z.locales.es } as const;
  const make = locales[locale as keyof typeof locales] ?? z.locales.en;
  return make().localeError;
}
