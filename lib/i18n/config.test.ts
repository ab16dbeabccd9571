import { describe, expect, it } from "vitest";
import { directionOf, isLocale, LOCALE_NAMES, LOCALES, localeFromAcceptLanguage, requestLocale } from "./config";

describe("localeFromAcceptLanguage", () => {
  it.each([
    [undefined, "en"],
    ["", "en"],
    ["fr-CH,fr;q=0.9,en;q=0.8", "fr"],
    ["de-DE,es;q=0.5,en;q=0.4", "es"],
    ["en;q=0.2, es-MX;q=0.9", "es"],
    ["de,it", "en"],
    ["zh-CN,zh;q=0.9,en;q=0.8", "zh"],
    ["zh-Hans", "zh"],
    ["zh-TW,en;q=0.5", "zh"],
    ["zh-Hant-HK", "zh"],
    ["ar-EG,ar;q=0.9", "ar"],
    ["ar-SA", "ar"],
    ["ru-RU,ru;q=0.9,en-US;q=0.8", "ru"],
    ["uk,ru;q=0.7,en;q=0.3", "ru"],
    ["ar;q=0,fr", "fr"],
  ])("%s → %s", (header, expected) => {
    expect(localeFromAcceptLanguage(header)).toBe(expected);
  });
  it("recognises only supported locales", () => {
    for (const l of ["ar", "zh", "en", "fr", "ru", "es"]) expect(isLocale(l)).toBe(true);
    expect(isLocale("de")).toBe(false);
    expect(isLocale("zh-CN")).toBe(false);
    expect(isLocale(undefined)).toBe(false);
  });
});

describe("the six UN languages", () => {
  it("come in the UN's order, each named in itself", () => {
    expect(LOCALES).toEqual(["ar", "zh", "en", "fr", "ru", "es"]);
    expect(LOCALES.map((l) => LOCALE_NAMES[l])).toEqual(["العربية", "中文", "English", "Français", "Русский", "Español"]);
  });
  it("only Arabic is written right to left", () => {
    expect(LOCALES.filter((l) => directionOf(l) === "rtl")).toEqual(["ar"]);
    expect(directionOf("unknown")).toBe("ltr");
  });
});

describe("requestLocale", () => {
  it("follows the switcher's cookie first", () => {
    expect(requestLocale({ cookie: "ar", account: "ru", acceptLanguage: "zh-CN" })).toBe("ar");
    expect(requestLocale({ cookie: "en", account: "ru", acceptLanguage: "zh-CN" })).toBe("en");
  });
  it("then the signed-in user's account language, unless it is the default English", () => {
    for (const account of ["ar", "zh", "ru", "fr", "es"])
      expect(requestLocale({ cookie: undefined, account, acceptLanguage: "de" })).toBe(account);
    expect(requestLocale({ cookie: undefined, account: "en", acceptLanguage: "fr-CH" })).toBe("fr");
  });
  it("then the browser's, ignoring values that are no locale", () => {
    expect(requestLocale({ cookie: "xx", account: "xx", acceptLanguage: "ru-RU" })).toBe("ru");
    expect(requestLocale({ cookie: null, account: null, acceptLanguage: null })).toBe("en");
  });
});
