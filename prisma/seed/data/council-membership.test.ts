import { describe, it, expect } from "vitest";
import { COUNCIL_TERMS, councilMembersIn } from "./council-membership";
import { REGIONAL_GROUP, UN_MEMBER_ISO3, type RegionalGroup } from "./regional-groups";

const SEATS: Record<RegionalGroup, number> = {
  AFRICAN: 13,
  ASIA_PACIFIC: 13,
  EASTERN_EUROPEAN: 6,
  LATIN_AMERICAN_CARIBBEAN: 8,
  WESTERN_EUROPEAN_OTHERS: 7,
};

describe("COUNCIL_TERMS", () => {
  it("has well-formed three-year terms of UN member States", () => {
    for (const t of COUNCIL_TERMS) {
      expect(UN_MEMBER_ISO3, t.iso3).toContain(t.iso3);
      expect(t.to - t.from, `${t.iso3} ${t.from}`).toBe(2);
    }
  });

  it("has no State holding two overlapping terms", () => {
    for (const a of COUNCIL_TERMS) {
      const overlapping = COUNCIL_TERMS.filter((b) => b.iso3 === a.iso3 && b.from <= a.to && a.from <= b.to);
      expect(overlapping, a.iso3).toHaveLength(1);
    }
  });

  it("never has a State serve more than two consecutive terms", () => {
    for (const a of COUNCIL_TERMS) {
      const next = COUNCIL_TERMS.find((b) => b.iso3 === a.iso3 && b.from === a.to + 1);
      if (!next) continue;
      const third = COUNCIL_TERMS.find((b) => b.iso3 === a.iso3 && b.from === next.to + 1);
      expect(third, a.iso3).toBeUndefined();
    }
  });

  for (const year of [2024, 2025, 2026]) {
    it(`has 47 members in ${year} with the regional seat distribution`, () => {
      const members = councilMembersIn(year);
      expect(members).toHaveLength(47);
      expect(new Set(members).size).toBe(47);
      const perGroup: Record<RegionalGroup, number> = {
        AFRICAN: 0,
        ASIA_PACIFIC: 0,
        EASTERN_EUROPEAN: 0,
        LATIN_AMERICAN_CARIBBEAN: 0,
        WESTERN_EUROPEAN_OTHERS: 0,
      };
      for (const iso3 of members) perGroup[REGIONAL_GROUP[iso3]!] += 1;
      expect(perGroup).toEqual(SEATS);
    });
  }
});
