import { describe, expect, it } from "vitest";
import { directionOf, isLocale, LOCALE_NAMES, LOCALES, localeFromAcceptLanguage } from "./config";

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
