// The interface in the six official languages of the UN (issue 15): public pages and a portal page
// answer in the language the browser asks for and in the one the switcher chooses, with `lang` set,
// right to left only for Arabic, the main heading from that language's catalog, and no axe violation
// in Arabic, Chinese and Russian (English, French and Spanish are checked by the specs of each page).
// The Arabic and Chinese pages are photographed: their glyphs come from the app's own web fonts
// (app/fonts-arabic-chinese.css), since the test browser has no system font for them.
// A signed-in user's choice in the switcher becomes the language of the account (User.locale), which a
// browser that never chose follows. One browser context per language, each page visited once: this
// spec runs in every CI run.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page, type TestInfo } from "../support/test";
import { expectAccessible, signInViaApi } from "../support/session";
import { account, createOwnAccount } from "../support/accounts";
import { LOCALE_NAMES, LOCALES, type Locale } from "../../../lib/i18n/config";
import { buildStateRows } from "../../../prisma/seed/states";

// The tests share nothing (each its own context; the holder's sessions do not collide): both workers
// may take them.
test.describe.configure({ mode: "parallel" });

/** The browser's own locale for each language (its Accept-Language). */
const BROWSER_LOCALE: Record<Locale, string> = { ar: "ar-EG", zh: "zh-CN", en: "en-GB", fr: "fr-CH", ru: "ru-RU", es: "es-MX" };
/** Where the other specs do not run axe in that language. */
const AXE = new Set<Locale>(["ar", "zh", "ru"]);
/** The scripts the test browser has no system font for: the pages are photographed. */
const FONT: Partial<Record<Locale, string>> = { ar: "Noto Sans Arabic Variable", zh: "Noto Sans SC Variable" };

/** The whole catalog of a language, as the app merges its areas (lib/i18n/messages/index.ts). */
function catalog(lang: Locale): Record<string, unknown> {
  const root = path.join(process.cwd(), "lib/i18n/messages");
  const areas = readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory());
  return Object.assign({}, ...areas.map((d) => JSON.parse(readFileSync(path.join(root, d.name, `${lang}.json`), "utf8"))));
}

function message(messages: Record<string, unknown>, key: string): string {
  const value = key.split(".").reduce<unknown>((node, k) => (node as Record<string, unknown>)?.[k], messages);
  if (typeof value !== "string") throw new Error(`no message ${key}`);
  return value;
}

const norway = buildStateRows().find((s) => s.iso3 === "NOR")!;
const NORWAY: Record<Locale, string> = {
  ar: norway.nameAr,
  zh: norway.nameZh,
  en: norway.nameEn,
  fr: norway.nameFr,
  ru: norway.nameRu,
  es: norway.nameEs,
};

/** The page is in `lang`: its `lang` and `dir`, and its main heading. */
async function expectLanguage(page: Page, lang: Locale, heading: string) {
  await expect(page.locator("html")).toHaveAttribute("lang", lang);
  await expect(page.locator("html")).toHaveAttribute("dir", lang === "ar" ? "rtl" : "ltr");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
}

/** A full-page photograph once the script's web font has loaded (it must: the browser has no other). */
async function photograph(page: Page, lang: Locale, name: string, testInfo: TestInfo) {
  const family = FONT[lang];
  if (!family) return;
  const loaded = await page.evaluate(async (f) => {
    await document.fonts.ready;
    return [...document.fonts].some((face) => face.family.replace(/"/g, "") === f && face.status === "loaded");
  }, family);
  expect(loaded, `${family} loaded on ${page.url()}`).toBe(true);
  const file = testInfo.outputPath(`${name}-${lang}.png`);
  await page.screenshot({ path: file, fullPage: true });
  await testInfo.attach(`${name}-${lang}`, { path: file, contentType: "image/png" });
}

const holder = account("MANDATE_HOLDER", "holder@sp-portal.example");

for (const lang of LOCALES) {
  test(`a browser asking for ${LOCALE_NAMES[lang]} (${BROWSER_LOCALE[lang]}) gets the public pages and the portal in it`, async ({
    browser,
  }, testInfo) => {
    const m = catalog(lang);
    const context = await browser.newContext({ locale: BROWSER_LOCALE[lang] });
    const page = await context.newPage();
    const pages: [string, string][] = [
      ["/communications", message(m, "search.heading")],
      ["/states/NOR", NORWAY[lang]],
      ["/visits", message(m, "visits.publicHeading")],
      ["/stories", message(m, "stories.publicHeading")],
    ];
    for (const [url, heading] of pages) {
      await page.goto(url);
      await expectLanguage(page, lang, heading);
      if (AXE.has(lang)) await expectAccessible(page);
      if (url === "/communications") await photograph(page, lang, "communications", testInfo);
    }

    // A signed-in user whose account keeps the default language: the browser's still applies.
    await signInViaApi(page, holder.email, holder.password);
    await page.goto("/portal/mandate-holder");
    await expectLanguage(page, lang, message(m, "workspace.mandateHolder.heading"));
    await expect(page.getByRole("button", { name: LOCALE_NAMES[lang] })).toHaveAttribute("aria-current", "true");
    if (AXE.has(lang)) await expectAccessible(page);
    await photograph(page, lang, "portal", testInfo);
    await context.close();
  });
}

test("the switcher turns a page into each of the six languages, in the UN's order, and the choice stays", async ({ browser }) => {
  const context = await browser.newContext({ locale: "en-GB" });
  const page = await context.newPage();
  await page.goto("/communications");
  const switcher = page.getByRole("form", { name: message(catalog("en"), "nav.language") });
  await expect(switcher.getByRole("button")).toHaveText(LOCALES.map((l) => LOCALE_NAMES[l]));
  for (const lang of LOCALES) {
    await page.getByRole("button", { name: LOCALE_NAMES[lang] }).click();
    await expectLanguage(page, lang, message(catalog(lang), "search.heading"));
    await expect(page).toHaveURL(/\/communications$/);
  }
  // The last choice (Spanish) is remembered on the next page; so is Arabic, right to left.
  await page.goto("/visits");
  await expectLanguage(page, "es", message(catalog("es"), "visits.publicHeading"));
  await page.getByRole("button", { name: LOCALE_NAMES.ar }).click();
  await page.goto("/stories");
  await expectLanguage(page, "ar", message(catalog("ar"), "stories.publicHeading"));
  await context.close();
});

test("a signed-in user's choice becomes the language of the account, which another browser follows", async ({ browser }) => {
  // An account of the test's own: the demo accounts' language must stay English for the other specs.
  const password = "Six-languages-test-2026";
  const email = await createOwnAccount({ prefix: "language", password });
  const heading = (lang: Locale) => message(catalog(lang), "users.accountHeading");

  const first = await browser.newContext({ locale: "en-GB" });
  const a = await first.newPage();
  await signInViaApi(a, email, password);
  await a.goto("/portal/account");
  await expectLanguage(a, "en", heading("en"));
  await a.getByRole("button", { name: LOCALE_NAMES.ar }).click();
  await expectLanguage(a, "ar", heading("ar"));
  await first.close();

  // A browser that never chose (and asks for English) gets the account's Arabic once signed in.
  const second = await browser.newContext({ locale: "en-GB" });
  const b = await second.newPage();
  await signInViaApi(b, email, password);
  await b.goto("/portal/account");
  await expectLanguage(b, "ar", heading("ar"));
  await second.close();
});
