import { describe, it, expect } from "vitest";
import countries from "i18n-iso-countries";
import { OBSERVER_ISO3, REGIONAL_GROUP, REGIONAL_GROUP_MEMBERS, UN_MEMBER_ISO3, type RegionalGroup } from "./regional-groups";

const GROUPS: RegionalGroup[] = ["AFRICAN", "ASIA_PACIFIC", "EASTERN_EUROPEAN", "LATIN_AMERICAN_CARIBBEAN", "WESTERN_EUROPEAN_OTHERS"];

describe("UN member and observer States", () => {
  it("lists exactly 193 unique member States", () => {
    expect(UN_MEMBER_ISO3).toHaveLength(193);
    expect(new Set(UN_MEMBER_ISO3).size).toBe(193);
  });

  it("lists the two observer States, which are not members", () => {
    expect([...OBSERVER_ISO3].sort()).toEqual(["PSE", "VAT"]);
    for (const code of OBSERVER_ISO3) expect(UN_MEMBER_ISO3).not.toContain(code);
  });

  it("uses only valid ISO 3166-1 alpha-3 codes", () => {
    for (const code of [...UN_MEMBER_ISO3, ...OBSERVER_ISO3]) {
      expect(code, code).toMatch(/^[A-Z]{3}$/);
      expect(countries.alpha3ToAlpha2(code), code).toBeDefined();
    }
  });
});

describe("REGIONAL_GROUP", () => {
  it("assigns a group to every member and observer State and to nothing else", () => {
    const keys = Object.keys(REGIONAL_GROUP).sort();
    expect(keys).toEqual([...UN_MEMBER_ISO3, ...OBSERVER_ISO3].sort());
    for (const code of keys) expect(GROUPS, code).toContain(REGIONAL_GROUP[code]);
  });

  it("has the known group sizes (US counted with WEOG, Kiribati with Asia-Pacific)", () => {
    const sizes = Object.fromEntries(GROUPS.map((g) => [g, REGIONAL_GROUP_MEMBERS[g].length]));
    expect(sizes).toEqual({
      AFRICAN: 54,
      ASIA_PACIFIC: 54,
      EASTERN_EUROPEAN: 23,
      LATIN_AMERICAN_CARIBBEAN: 33,
      WESTERN_EUROPEAN_OTHERS: 29,
    });
  });

  it("places the documented edge cases", () => {
    expect(REGIONAL_GROUP["USA"]).toBe("WESTERN_EUROPEAN_OTHERS");
    expect(REGIONAL_GROUP["TUR"]).toBe("WESTERN_EUROPEAN_OTHERS");
    expect(REGIONAL_GROUP["ISR"]).toBe("WESTERN_EUROPEAN_OTHERS");
    expect(REGIONAL_GROUP["KIR"]).toBe("ASIA_PACIFIC");
    expect(REGIONAL_GROUP["CYP"]).toBe("ASIA_PACIFIC");
    expect(REGIONAL_GROUP["PSE"]).toBe("ASIA_PACIFIC");
    expect(REGIONAL_GROUP["VAT"]).toBe("WESTERN_EUROPEAN_OTHERS");
  });
});

describe("UN short names", () => {
  it("correct only real States, in all three languages", async () => {
    const { UN_SHORT_NAMES } = await import("./un-names");
    const all = new Set([...UN_MEMBER_ISO3, ...OBSERVER_ISO3]);
    for (const [iso3, names] of Object.entries(UN_SHORT_NAMES)) {
      expect(all.has(iso3), iso3).toBe(true);
      expect(names.en && names.fr && names.es, iso3).toBeTruthy();
    }
  });
});
