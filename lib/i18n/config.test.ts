import { describe, expect, it } from "vitest";
import { isLocale, localeFromAcceptLanguage } from "./config";

describe("localeFromAcceptLanguage", () => {
  it.each([
    [undefined, "en"],
    ["", "en"],
    ["fr-CH,fr;q=0.9,en;q=0.8", "fr"],
    ["de-DE,es;q=0.5,en;q=0.4", "es"],
    ["en;q=0.2, es-MX;q=0.9", "es"],
    ["de,it", "en"],
  ])("%s → %s", (header, expected) => {
    expect(localeFromAcceptLanguage(header)).toBe(expected);
  });
  it("recognises only supported locales", () => {
    expect(isLocale("fr")).toBe(true);
    expect(isLocale("de")).toBe(false);
    expect(isLocale(undefined)).toBe(false);
  });
});
