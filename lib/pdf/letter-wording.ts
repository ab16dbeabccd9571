// The fixed wording of a communication letter in the six official languages, and the joint
// mandates' header ("Mandates of the Special Rapporteur on …; the Working Group on … and …").
// Kept beside the PDF rather than in the UI catalogs: it is the letter's text, not the portal's.
// The words are in letter-wording/<locale>.json (translators edit those); how a title joins the
// lead of the header differs by language and is said in each file's `articleNote` and done below.
import { GENEVA_TIME_ZONE } from "../core/geneva";
import ar from "./letter-wording/ar.json" with { type: "json" };
import en from "./letter-wording/en.json" with { type: "json" };
import es from "./letter-wording/es.json" with { type: "json" };
import fr from "./letter-wording/fr.json" with { type: "json" };
import ru from "./letter-wording/ru.json" with { type: "json" };
import zh from "./letter-wording/zh.json" with { type: "json" };

export const LETTER_LOCALES = ["en", "fr", "es", "ar", "zh", "ru"] as const;
export type LetterLocale = (typeof LETTER_LOCALES)[number];
export type LetterType = "AL" | "UA" | "OL";

export function isLetterLocale(value: string): value is LetterLocale {
  return (LETTER_LOCALES as readonly string[]).includes(value);
}

/** The letter's lines run right to left (the page's layout mirrors). */
export function isRightToLeft(locale: LetterLocale): boolean {
  return locale === "ar";
}

/** What each letter-wording/<locale>.json holds; `{date}`, `{deadline}`, `{n}` and `{of}` are filled in. */
type WordingFile = {
  types: Record<LetterType, string>;
  reference: string;
  noReference: string;
  /** A State's Permanent Mission as the letter's addressee, `{state}` its name in the letter's language. */
  addressee: string;
  place: string;
  subject: string;
  replyBy: string;
  publication: { onReceipt: string; afterPeriod: string };
  closing: string;
  page: string;
  mandateLead: { one: string; many: string };
  and: string;
  separator: string;
  articleNote: string;
};

const FILES: Record<LetterLocale, WordingFile> = { en, fr, es, ar, zh, ru };

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

function wordingOf(file: WordingFile) {
  return {
    types: file.types,
    reference: file.reference,
    noReference: file.noReference,
    addressee: (state: string) => fill(file.addressee, { state }),
    place: (date: string) => fill(file.place, { date }),
    subject: file.subject,
    replyBy: (deadline: string) => fill(file.replyBy, { deadline }),
    // R5: the sentence follows the rule the letter is sent under (communications.publishRepliesOnReceipt).
    publication: file.publication,
    closing: file.closing,
    page: (n: number, of: number) => fill(file.page, { n, of }),
  };
}

export const WORDING = Object.fromEntries(LETTER_LOCALES.map((l) => [l, wordingOf(FILES[l])])) as Record<
  LetterLocale,
  ReturnType<typeof wordingOf>
>;

/** R5: what a letter tells its addressee about publication, by the rule it is sent under. */
export function publicationSentence(locale: LetterLocale, publishRepliesOnReceipt: boolean): string {
  const p = WORDING[locale].publication;
  return publishRepliesOnReceipt ? p.onReceipt : p.afterPeriod;
}

// Digits: Latin (European) digits in every language, Arabic included — United Nations Arabic
// documents write their dates, symbols and numbers with them ("12 آذار/مارس 2026", "A/HRC/55/1"),
// and so do the references the letter carries. Pinned with -u-nu-latn so that no ICU update
// changes it (older ICU data formats "ar" with Arabic-Indic digits).
const INTL_LOCALE: Record<LetterLocale, string> = {
  en: "en-GB",
  fr: "fr-CH",
  es: "es-ES",
  ar: "ar-u-nu-latn",
  zh: "zh-CN",
  ru: "ru-RU",
};

// UN Arabic documents name a month twice, the Syriac name and the one from Latin, "آذار/مارس":
// CLDR has both (ar-SY and ar-EG), so the two are put together rather than typed by hand.
function arabicMonth(date: Date): string {
  const month = (locale: string) =>
    new Intl.DateTimeFormat(locale, { month: "long", timeZone: GENEVA_TIME_ZONE }).formatToParts(date).find((p) => p.type === "month")!
      .value;
  const levant = month("ar-SY-u-nu-latn");
  const egypt = month("ar-EG-u-nu-latn");
  return levant === egypt ? levant : `${levant}/${egypt}`;
}

function formatDate(date: Date, locale: LetterLocale, withTime: boolean): string {
  const format = new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    dateStyle: "long",
    ...(withTime ? { timeStyle: "short", hourCycle: "h23" as const } : {}),
    timeZone: GENEVA_TIME_ZONE,
  });
  if (locale !== "ar") return format.format(date);
  return format
    .formatToParts(date)
    .map((p) => (p.type === "month" ? arabicMonth(date) : p.value))
    .join("");
}

/** "12 March 2026" / "12 mars 2026" / "12 de marzo de 2026" / "12 آذار/مارس 2026" / "2026年3月12日" / "12 марта 2026 г.", the day in Geneva. */
export function letterDate(date: Date, locale: LetterLocale): string {
  return formatDate(date, locale, false);
}

/** The reply deadline with its time (24-hour clock), in Geneva. */
export function letterDeadline(date: Date, locale: LetterLocale): string {
  return formatDate(date, locale, true);
}

// Russian: every stored title begins with one of these heads, in the nominative; after
// «Мандат»/«Мандаты» only the head takes the genitive (ru.json, articleNote).
const RUSSIAN_GENITIVE_HEADS: [RegExp, string][] = [
  [/^Специальн(?:ый|ого) докладчик(?:а)?(?=\s|$)/, "Специального докладчика"],
  [/^Независим(?:ый|ого) эксперт(?:а)?(?=\s|$)/, "Независимого эксперта"],
  [/^Рабоч(?:ая|ей) групп(?:а|ы)(?=\s|$)/, "Рабочей группы"],
  [/^Назначенн(?:ый|ого) эксперт(?:а)?(?=\s|$)/, "Назначенного эксперта"],
];

// How a title follows the lead, per language: French and Spanish need the article to agree with
// the title, English takes "the", Russian the genitive of the head, Arabic and Chinese nothing.
function joinedTitle(title: string, locale: LetterLocale): string {
  const t = title.trim();
  switch (locale) {
    case "en":
      return /^the\s/i.test(t) ? t : `the ${t}`;
    case "fr":
      if (/^(du\s|de la\s|de l[’']|des\s)/i.test(t)) return t;
      if (/^[aeiouyhéèêàâîôû]/i.test(t)) return `de l’${t}`;
      return /^(Rapporteuse|Experte|Présidente)\b/i.test(t) ? `de la ${t}` : `du ${t}`;
    case "es":
      if (/^(del|de la|de los|de las)\s/i.test(t)) return t;
      return /^(Relatora|Experta|Presidenta)\b/i.test(t) ? `de la ${t}` : `del ${t}`;
    case "ru": {
      const head = RUSSIAN_GENITIVE_HEADS.find(([nominative]) => nominative.test(t));
      return head ? t.replace(head[0], head[1]) : t;
    }
    case "ar":
    case "zh":
      return t;
  }
}

/** "Mandates of the A; the B and the C" — the header of a joint letter (one title: "Mandate of …"). */
export function mandatesHeader(titles: string[], locale: LetterLocale): string {
  const file = FILES[locale];
  const parts = titles.map((t) => joinedTitle(t, locale));
  if (parts.length === 0) return "";
  const list = parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(file.separator)}${file.and}${parts.at(-1)!}`;
  const lead = parts.length === 1 ? file.mandateLead.one : file.mandateLead.many;
  // The Chinese lead ends in a full-width colon and takes no space after it (zh.json, articleNote).
  return locale === "zh" ? `${lead}${list}` : `${lead} ${list}`;
}
