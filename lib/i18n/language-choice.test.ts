import { describe, expect, it } from "vitest";
import { languageChoice } from "./language-choice";

describe("languageChoice (the language switcher)", () => {
  it.each([
    ["fr", "fr"],
    ["es", "es"],
    ["en", "en"],
    ["de", null],
    [null, null],
    ["FR", null],
  ])("remembers %j as %j", (asked, kept) => {
    expect(languageChoice(asked, "http://portal.example/").locale).toBe(kept);
  });

  it.each([
    ["http://portal.example/communications?q=detention&page=2", "/communications?q=detention&page=2"],
    ["http://portal.example/signin?callbackUrl=%2Fportal", "/signin?callbackUrl=%2Fportal"],
    ["https://elsewhere.example/states/NOR", "/states/NOR"], // only the path: never another host
    ["http://portal.example//evil.example/x", "/"], // would be read as a protocol-relative URL
    ["http://portal.example/%5Cevil.example", "/%5Cevil.example"],
    ["not a url", "/"],
    [null, "/"],
  ])("goes back from %j to %j", (referer, location) => {
    expect(languageChoice("fr", referer).location).toBe(location);
  });
});
