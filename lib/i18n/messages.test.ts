import { describe, expect, it } from "vitest";
import { createTranslator } from "next-intl";
import { CATALOG_PARTS, MESSAGES } from "./messages";
import { LOCALES } from "./config";
import { MAIL_LOCALES, mailCatalog, mailTranslator } from "./mail-locale";

const catalogs = MESSAGES;

describe("catalog parts", () => {
  it("no two parts define the same top-level key", () => {
    for (const parts of Object.values(CATALOG_PARTS)) {
      const seen = new Map<string, string>();
      for (const [part, catalog] of Object.entries(parts)) {
        for (const key of Object.keys(catalog)) {
          expect(seen.get(key), `"${key}" defined in both ${seen.get(key)} and ${part}`).toBeUndefined();
          seen.set(key, part);
        }
      }
    }
  });
  it("every locale has the same parts", () => {
    expect(Object.keys(CATALOG_PARTS).sort()).toEqual([...LOCALES].sort());
    for (const lang of LOCALES) expect(Object.keys(CATALOG_PARTS[lang]), lang).toEqual(Object.keys(CATALOG_PARTS.en));
  });
});
type Lang = keyof typeof catalogs;
const TRANSLATIONS = LOCALES.filter((l): l is Exclude<Lang, "en"> => l !== "en");

/**
 * Keys whose translation may legitimately be the same text as the English.
 * Keep this list short: every entry must be a word that really is spelled the same.
 */
const SAME_AS_ENGLISH: Record<Exclude<Lang, "en">, readonly string[]> = {
  fr: [
    "notifications.heading", // "Notifications"
    "notifications.nav", // "Notifications"
    "notifications.kinds.communication.dispatched.subject", // "Communication {reference}"
    "states.iso3", // "Code"
    "visits.noteVerbale", // "Note verbale": the diplomatic term is French
    "audit.action", // "Action"
    "pagination.label", // "Pagination"
    "workspace.admin.heading", // "Administration"
    "questionnaires.nav", // "Questionnaires"
    "nav.communications", // "Communications"
    "communications.heading", // "Communications"
    "factsFigures.sections.communications", // "Communications"
    "communications.count", // "{count, plural, one {# communication} other {# communications}}"
    "communications.type", // "Type"
    "communications.signatures", // "Signatures"
    "communications.annexes", // "Annexes"
    "communications.documentsHeading", // "Documents"
    "visits.effective", // "Effective"
    "reports.session", // "Session"
    "reports.documentsHeading", // "Documents"
    "reports.public.sessionsHeading", // "Sessions"
  ],
  es: [
    "cases.no", // "No"
  ],
  // Arabic, Chinese and Russian share no word with English: no value may stay English.
  ar: ["stateProfile.councilTerm"], // "{from}–{to}": no words
  zh: ["stateProfile.councilTerm"],
  ru: ["stateProfile.councilTerm"],
};

/**
 * What may stay in Latin script inside an Arabic, Chinese or Russian value: product and format names
 * as they are printed (there is no translated "Word" or "PNG"), keyboard keys as printed on
 * keyboards, standard codes and abbreviations the UN writes in Latin script in every language (ISO,
 * UTC, A/HRC…) and the data examples a field expects (a case number, a letter reference, a document
 * symbol, an ISO 639-3 code). docs/glossary.md lists them for translators. Any other Latin word in
 * those catalogs is English left untranslated.
 */
const LATIN_WORDS = new Set(
  [
    // the portal, formats, protocols and units
    "SP Portal PDF CSV JSON Atom RSS OpenAPI API URL HTTPS ISO UTC SMTP TOTP OTP QR MB",
    // products
    "Word DOCX OpenDocument ODT PNG JPEG ZIP Excel Markdown FreeOTP Aegis Google Microsoft Authenticator",
    // keyboard keys
    "Ctrl Cmd",
  ]
    .join(" ")
    .split(" "),
);
/** Data examples shown to the user as they must be typed (removed before looking for Latin words). */
const LATIN_EXAMPLES = [
  /https?:\/\/(?:www\.example\.org)?/g,
  /CASE-\d{4}-\d{5}/g,
  /\b(?:UA|AL|OL) [A-Z]{3} \d+\/\d{4}/g,
  /A\/HRC\/[\w./]+/g,
  /“smj”|«smj»|"smj"/g,
  /\[removed\]/g,
];

/** Untranslatable names that must appear verbatim wherever the English has them. */
const PROPER_NAMES = ["SP Portal"];

/** Flattens a catalog into "a.b.c" → leaf value. Non-object leaves (strings or not) are all kept. */
function flatten(node: unknown, prefix = "", out = new Map<string, unknown>()): Map<string, unknown> {
  if (node !== null && typeof node === "object" && !Array.isArray(node)) {
    for (const [key, value] of Object.entries(node)) flatten(value, prefix ? `${prefix}.${key}` : key, out);
  } else {
    out.set(prefix, node);
  }
  return out;
}

const flat = Object.fromEntries(Object.entries(catalogs).map(([lang, messages]) => [lang, flatten(messages)])) as Record<
  Lang,
  Map<string, unknown>
>;
const enKeys = [...flat.en.keys()];

/**
 * The names of the arguments of an ICU message — `{name}`, `{count, plural, …}`, `{d, date, short}` —
 * including those nested in plural/select branches. Throws on malformed syntax.
 * Apostrophes follow ICU's DOUBLE_OPTIONAL mode (as intl-messageformat): `''` is a literal
 * apostrophe, `'{`…`'` quotes, any other `'` (e.g. French « l'homme ») is literal.
 */
function icuArguments(message: string): Set<string> {
  return parseIcu(message).names;
}

/**
 * The arguments of an ICU message, the selectors of each of its plurals (`["one", "other"]`) and its
 * literal text (what a reader sees, without the argument names and selectors).
 */
function parseIcu(message: string): { names: Set<string>; plurals: string[][]; literal: string } {
  const names = new Set<string>();
  const plurals: string[][] = [];
  let literal = "";
  let i = 0;

  const fail = (why: string): never => {
    throw new Error(`${why} at offset ${i} in ${JSON.stringify(message)}`);
  };
  const skipSpace = () => {
    while (i < message.length && /\s/.test(message[i]!)) i++;
  };

  // Reads text up to the "}" closing a branch (nested) or to the end; leaves i on that "}".
  const text = (nested: boolean) => {
    while (i < message.length) {
      const c = message[i];
      if (c === "'") {
        const next = message[i + 1];
        if (next === "'") {
          literal += "'";
          i += 2;
        } else if (next === "{" || next === "}" || next === "#") {
          const end = message.indexOf("'", i + 1);
          literal += message.slice(i + 1, end === -1 ? message.length : end);
          i = end === -1 ? message.length : end + 1;
        } else {
          literal += "'";
          i++;
        }
      } else if (c === "{") {
        i++;
        argument();
      } else if (c === "}") {
        if (nested) return;
        fail('unmatched "}"');
      } else {
        literal += c;
        i++;
      }
    }
    if (nested) fail('unclosed "{"');
  };

  // Reads an argument after its "{" and through its closing "}".
  const argument = () => {
    skipSpace();
    const name = /^[^\s,{}'#]+/.exec(message.slice(i))?.[0];
    if (!name) fail("missing argument name");
    names.add(name!);
    i += name!.length;
    skipSpace();
    if (message[i] === "}") {
      i++;
      return;
    }
    if (message[i] !== ",") fail('expected "," or "}"');
    i++;
    skipSpace();
    const type = /^[a-z]+/.exec(message.slice(i))?.[0];
    if (!type) fail("missing argument type");
    i += type!.length;
    skipSpace();
    if (type === "plural" || type === "selectordinal" || type === "select") {
      if (message[i] !== ",") fail(`expected "," after ${type}`);
      i++;
      const selectors: string[] = [];
      for (;;) {
        skipSpace();
        if (message[i] === "}") break;
        const selector = /^(?:offset:\d+|=\d+|[^\s{}]+)/.exec(message.slice(i))?.[0];
        if (!selector) fail("missing selector");
        i += selector!.length;
        if (selector!.startsWith("offset:")) continue;
        skipSpace();
        if (message[i] !== "{") fail(`expected "{" after selector ${selector}`);
        i++;
        text(true);
        i++; // the branch's "}"
        selectors.push(selector!);
      }
      if (!selectors.includes("other")) fail(`${type} without an "other" branch`);
      if (type === "plural") plurals.push(selectors);
      i++;
      return;
    }
    // number / date / time, with an optional style or skeleton: skip to the closing brace.
    const end = message.indexOf("}", i);
    if (end === -1) fail('unclosed "{"');
    i = end + 1;
  };

  text(false);
  return { names, plurals, literal };
}

describe("icuArguments (test helper)", () => {
  it.each([
    ["No arguments.", []],
    ["Signed in as {name}", ["name"]],
    ["Page {page} of {pages}", ["page", "pages"]],
    ["{count, plural, one {# State} other {# States in {region}}}", ["count", "region"]],
    ["{g, select, female {elle} other {il}} le {d, date, short}", ["g", "d"]],
    ["Droits de l’homme, l'homme et '{quoted}' aussi ''{real}''", ["real"]],
  ])("%s", (message, expected) => {
    expect([...icuArguments(message)].sort()).toEqual([...expected].sort());
  });
  it.each(["{name", "name}", "{count, plural, one {#}}", "{}"])("rejects %s", (message) => {
    expect(() => icuArguments(message)).toThrow();
  });
});

describe("message catalogs", () => {
  it.each(TRANSLATIONS)("%s.json has exactly the keys of en.json", (lang) => {
    const keys = new Set(flat[lang].keys());
    const missing = enKeys.filter((k) => !keys.has(k));
    const extra = [...keys].filter((k) => !flat.en.has(k));
    expect({ missing, extra }, `${lang}.json is out of step with en.json`).toEqual({ missing: [], extra: [] });
  });

  it.each(Object.keys(catalogs) as Lang[])("every value in %s.json is a non-empty string", (lang) => {
    const bad = [...flat[lang]].filter(([, v]) => typeof v !== "string" || v.trim() === "").map(([k]) => k);
    expect(bad, `${lang}.json: empty or non-string values`).toEqual([]);
  });

  it.each(Object.keys(catalogs) as Lang[])("every value in %s.json is valid ICU and renders", (lang) => {
    const problems: string[] = [];
    const t = createTranslator({
      locale: lang,
      messages: catalogs[lang] as Record<string, unknown>,
      timeZone: "Europe/Zurich",
      onError: (error) => problems.push(error.message),
    });
    for (const [key, value] of flat[lang]) {
      if (typeof value !== "string") continue;
      try {
        const args = Object.fromEntries([...icuArguments(value)].map((name) => [name, 1]));
        (t as (key: string, values?: Record<string, number>) => string)(key, args);
      } catch (error) {
        problems.push(`${key}: ${(error as Error).message}`);
      }
    }
    expect(problems, `${lang}.json: ICU errors`).toEqual([]);
  });

  it.each(TRANSLATIONS)("%s.json uses the same ICU arguments as en.json for every key", (lang) => {
    const mismatches: string[] = [];
    for (const [key, enValue] of flat.en) {
      const value = flat[lang].get(key);
      if (typeof enValue !== "string" || typeof value !== "string") continue;
      try {
        const expected = [...icuArguments(enValue)].sort();
        const actual = [...icuArguments(value)].sort();
        if (expected.join() !== actual.join()) mismatches.push(`${key}: en {${expected.join(", ")}} vs ${lang} {${actual.join(", ")}}`);
      } catch (error) {
        mismatches.push(`${key}: ${(error as Error).message}`);
      }
    }
    expect(mismatches, `${lang}.json: ICU arguments differ from en.json`).toEqual([]);
  });

  it.each(TRANSLATIONS)("%s.json translates every value (except the allow-list)", (lang) => {
    const allowed = new Set(SAME_AS_ENGLISH[lang]);
    const untranslated = enKeys.filter((k) => !allowed.has(k) && flat[lang].get(k) === flat.en.get(k));
    expect(untranslated, `${lang}.json: values identical to en.json`).toEqual([]);
    const stale = [...allowed].filter((k) => !flat.en.has(k));
    expect(stale, `SAME_AS_ENGLISH.${lang} names keys that are not in en.json`).toEqual([]);
  });

  it.each(TRANSLATIONS)("%s.json keeps proper names untranslated", (lang) => {
    const lost = enKeys.flatMap((k) => {
      const enValue = flat.en.get(k);
      const value = flat[lang].get(k);
      if (typeof enValue !== "string" || typeof value !== "string") return [];
      return PROPER_NAMES.filter((n) => enValue.includes(n) && !value.includes(n)).map((n) => `${k}: "${n}"`);
    });
    expect(lost, `${lang}.json: proper names missing`).toEqual([]);
  });

  it.each(TRANSLATIONS)("%s.json gives each plural the branches its language needs", (lang) => {
    // The language's plural categories as Intl knows them (Arabic: zero one two few many other;
    // Russian: one few many other; Chinese: other). A category that holds a single number may be
    // written as that number ("=1" for English-like "one", "=0" for Arabic "zero"). French and
    // Spanish "many" is for round millions ("1 000 000 de …"), which "other" words well enough.
    const rules = new Intl.PluralRules(lang);
    const categories = rules.resolvedOptions().pluralCategories.filter((c) => !(c === "many" && (lang === "fr" || lang === "es")));
    const exactly = (c: string) => {
      const numbers = Array.from({ length: 1001 }, (_, n) => n).filter((n) => rules.select(n) === c);
      return numbers.length === 1 ? `=${numbers[0]}` : null;
    };
    const lacking: string[] = [];
    for (const [key, value] of flat[lang]) {
      if (typeof value !== "string") continue;
      for (const selectors of parseIcu(value).plurals) {
        const missing = categories.filter((c) => !selectors.includes(c) && !selectors.includes(exactly(c) ?? "—"));
        if (missing.length) lacking.push(`${key}: no ${missing.join(", ")}`);
      }
    }
    expect(lacking, `${lang}.json: plurals without a branch for a category of ${lang}`).toEqual([]);
  });

  it.each(["ar", "zh", "ru"] as const)("%s.json leaves no English: Latin script only for names, formats and examples", (lang) => {
    const english: string[] = [];
    for (const [key, value] of flat[lang]) {
      if (typeof value !== "string") continue;
      let text = parseIcu(value).literal;
      for (const example of LATIN_EXAMPLES) text = text.replace(example, " ");
      const words = (text.match(/[A-Za-z]+/g) ?? []).filter((w) => w.length > 1 && !LATIN_WORDS.has(w));
      if (words.length) english.push(`${key}: ${words.join(" ")}`);
    }
    expect(english, `${lang}.json: Latin words that are not in LATIN_WORDS`).toEqual([]);
  });
});

// Issue 15, item 3: mail speaks all six UN languages even while the interface loads only some of them
// (lib/i18n/mail-locale.ts loads the Arabic, Chinese and Russian catalogs of the areas mail uses). Every
// key a mail renders exists in each, is valid ICU with the English arguments, and renders.
describe("mail catalogs in the six languages", () => {
  const MAIL_NAMESPACES = ["mailText", "accountMail", "cases.mail", "organisationMail", "guestAnswerMail", "notifications"];
  const isMailKey = (key: string) => MAIL_NAMESPACES.some((ns) => key === ns || key.startsWith(`${ns}.`));
  const mailKeys = enKeys.filter(isMailKey);

  it("the English mail keys include every namespace", () => {
    for (const ns of MAIL_NAMESPACES)
      expect(
        mailKeys.some((k) => k.startsWith(`${ns}.`)),
        ns,
      ).toBe(true);
  });

  it.each(MAIL_LOCALES.filter((l) => l !== "en"))("%s has every mail key, valid, with the English arguments, and translated", (lang) => {
    const catalog = mailCatalog(lang);
    const own = flatten(catalog);
    const problems: string[] = [];
    const t = createTranslator({
      locale: lang,
      messages: catalog,
      timeZone: "Europe/Zurich",
      onError: (error) => problems.push(error.message),
    }) as unknown as (key: string, values?: Record<string, number>) => string;
    for (const key of mailKeys) {
      const enValue = flat.en.get(key);
      const value = own.get(key);
      if (typeof value !== "string" || value.trim() === "") {
        problems.push(`${key}: missing`);
        continue;
      }
      try {
        const expected = [...icuArguments(enValue as string)].sort().join();
        const actual = [...icuArguments(value)];
        if (actual.sort().join() !== expected) problems.push(`${key}: arguments {${actual.join(", ")}} vs en {${expected}}`);
        t(key, Object.fromEntries(actual.map((name) => [name, 1])));
      } catch (error) {
        problems.push(`${key}: ${(error as Error).message}`);
      }
      // Only proper names and language-neutral patterns may equal the English.
      if (key.startsWith("mailText.") && value === enValue) problems.push(`${key}: untranslated`);
      for (const name of PROPER_NAMES)
        if ((enValue as string).includes(name) && !value.includes(name)) problems.push(`${key}: lost "${name}"`);
    }
    expect(problems, `${lang}: mail catalog problems`).toEqual([]);
  });

  it.each(MAIL_LOCALES)("%s renders a plural in the mail keys with its own categories", (lang) => {
    const { t } = mailTranslator(lang, "notifications");
    for (const count of [0, 1, 2, 3, 5, 11, 21, 100]) {
      const subject = t("mail.digestSubject", { count, day: "1" });
      expect(subject).not.toContain("{");
      expect(subject).toContain("SP Portal");
    }
  });
});
