import { describe, it, expect } from "vitest";
import { DESIGNATED_EXPERTS, MANDATES } from "./mandates";
import { REGIONAL_GROUP } from "./regional-groups";
import { THEMES } from "./themes";

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

describe("MANDATES", () => {
  it("has 46 thematic and 14 country mandates with unique slugs", () => {
    expect(MANDATES.filter((m) => m.kind === "THEMATIC")).toHaveLength(46);
    expect(MANDATES.filter((m) => m.kind === "COUNTRY")).toHaveLength(14);
    const slugs = [...MANDATES, ...DESIGNATED_EXPERTS].map((m) => m.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const s of slugs) expect(s).toMatch(SLUG);
  });

  it("gives country mandates (only) a known State code", () => {
    for (const m of [...MANDATES, ...DESIGNATED_EXPERTS]) {
      if (m.kind === "COUNTRY") expect(REGIONAL_GROUP[m.countryIso3 ?? ""], m.slug).toBeDefined();
      else expect(m.countryIso3, m.slug).toBeUndefined();
    }
  });

  it("has titles in three languages and a plausible establishment year", () => {
    for (const m of [...MANDATES, ...DESIGNATED_EXPERTS]) {
      for (const t of [m.titleEn, m.titleFr, m.titleEs]) expect(t.trim().length, m.slug).toBeGreaterThan(10);
      expect(m.established, m.slug).toBeGreaterThanOrEqual(1980);
      expect(m.established, m.slug).toBeLessThanOrEqual(2026);
      const prefix: Record<typeof m.body, string> = {
        SPECIAL_RAPPORTEUR: "Special Rapporteur",
        INDEPENDENT_EXPERT: "Independent Expert",
        WORKING_GROUP: "Working Group",
      };
      if (!DESIGNATED_EXPERTS.includes(m)) expect(m.titleEn.startsWith(prefix[m.body]), m.slug).toBe(true);
    }
  });
});

describe("THEMES", () => {
  it("has the required cross-cutting themes and the 17 SDGs", () => {
    const slugs = THEMES.map((t) => t.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const s of ["climate-change", "migration", "new-technologies", "reprisals", "gender"]) {
      expect(slugs).toContain(s);
    }
    const sdgs = THEMES.filter((t) => t.kind === "SDG");
    expect(sdgs.map((t) => t.sdgNumber)).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
    for (const t of sdgs) expect(t.slug).toBe(`sdg-${t.sdgNumber}`);
    for (const t of THEMES.filter((x) => x.kind === "CROSS_CUTTING")) expect(t.sdgNumber).toBeUndefined();
    for (const t of THEMES) for (const n of [t.nameEn, t.nameFr, t.nameEs]) expect(n.length).toBeGreaterThan(2);
  });
});
