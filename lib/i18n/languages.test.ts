import { describe, expect, it } from "vitest";
import { languageName, languageOptions, normalizeLanguageCode } from "./languages";

describe("reply languages (ISO 639, R5)", () => {
  it("stores a language by its ISO 639-1 code when it has one, else by its ISO 639-3 code", () => {
    expect(["no", "NO ", "nor", "nob", "smj", "ru", "rus", "haw"].map(normalizeLanguageCode)).toEqual([
      "no",
      "no",
      "no",
      "nb",
      "smj",
      "ru",
      "ru",
      "haw",
    ]);
  });
  it("refuses what is no language code, and ISO's special codes", () => {
    expect(["", "x", "qqq", "english", "n0", "und", "mul", "zxx"].map(normalizeLanguageCode)).toEqual(Array(8).fill(null));
  });
  it("names languages in the reader's language, with the table's English name where CLDR has none", () => {
    expect(languageName("no", "en")).toBe("Norwegian");
    expect(languageName("no", "fr")).toBe("Norvégien");
    expect(languageName("no", "es")).toBe("Noruego");
    expect(languageName("smj", "en")).toBe("Lule Sami");
    expect(languageName("aae", "en")).toBe("Arbëreshë Albanian"); // not in CLDR: the ISO table's name
  });
  it("offers every ISO 639-1 language, sorted in the reader's language", () => {
    const fr = languageOptions("fr");
    expect(fr).toHaveLength(184);
    expect(fr.find((o) => o.value === "de")?.label).toBe("Allemand");
    const labels = fr.map((o) => o.label);
    expect(labels).toEqual([...labels].sort(new Intl.Collator("fr").compare));
    expect(languageOptions("en").map((o) => o.value)).toEqual(expect.arrayContaining(["en", "fr", "es", "ar", "ru", "zh", "no"]));
  });
});
