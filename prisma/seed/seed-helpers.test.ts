// Unit tests of the seed's pure helpers: PRNG, UUIDs, dates, holidays, Council sessions, letters.
import { describe, it, expect } from "vitest";
import { composeLetter } from "./letters";
import { LEGISLATION, PLACES, REASONS, FOLLOW_UPS } from "./phrases";
import { mulberry32, Rng, stableUuid } from "./random";
import { sessionStart } from "./reports";
import { defaultSettings } from "./settings";
import { buildStateRows } from "./states";
import { businessMoment, zurichTime } from "./time";

const V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe("random", () => {
  it("repeats the same sequence for the same seed", () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const xs = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(xs);
    for (const x of xs) expect(x >= 0 && x < 1).toBe(true);
  });

  it("draws distinct version-4 UUIDs, reproducibly", () => {
    const ids = Array.from(
      { length: 10_000 },
      (
        (rng) => () =>
          rng.uuid()
      )(new Rng(7, "t")),
    );
    for (const id of ids.slice(0, 100)) expect(id).toMatch(V4);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Rng(7, "t").uuid()).toBe(ids[0]);
    expect(new Rng(7, "other").uuid()).not.toBe(ids[0]);
    expect(stableUuid("state:NOR")).toMatch(V4);
    expect(stableUuid("state:NOR")).toBe(stableUuid("state:NOR"));
  });

  it("picks weighted items in proportion", () => {
    const rng = new Rng(1);
    const hits = [0, 0];
    for (let i = 0; i < 10_000; i++) hits[rng.weightedIndex([1, 3])]!++;
    expect(hits[1]! / 10_000).toBeGreaterThan(0.7);
    expect(hits[1]! / 10_000).toBeLessThan(0.8);
  });
});

describe("dates", () => {
  it("writes the UN Office closures into the businessHours setting, over the canton's calendar", () => {
    const bh = defaultSettings().businessHours as { publicHolidays: string; holidays: string[] };
    expect(bh.publicHolidays).toBe("CH-GE");
    expect(bh.holidays).toEqual(["--12-26"]); // every year
  });

  it("places business moments on Geneva working days: not on Good Friday, Easter Monday or 26 December", () => {
    const rng = new Rng(7);
    const day = (iso: string) =>
      businessMoment(new Date(`${iso}T00:00:00Z`), rng)
        .toISOString()
        .slice(0, 10);
    expect(day("2028-04-14")).toBe("2028-04-18"); // Good Friday, weekend, Easter Monday → Tuesday
    expect(day("2030-12-25")).toBe("2030-12-27"); // Christmas, then the UN Office's 26 December → Friday
    expect(day("2030-12-24")).toBe("2030-12-24");
  });

  it("converts Zurich wall-clock time across summer time", () => {
    expect(zurichTime(new Date("2026-01-15T00:00:00Z"), 9).toISOString()).toBe("2026-01-15T08:00:00.000Z");
    expect(zurichTime(new Date("2026-07-15T00:00:00Z"), 9).toISOString()).toBe("2026-07-15T07:00:00.000Z");
  });

  it("dates regular Council sessions (three a year from session 43 in 2020)", () => {
    expect(sessionStart(43).toISOString().slice(0, 10)).toBe("2020-02-26");
    expect(sessionStart(58).getUTCFullYear()).toBe(2025);
    expect(sessionStart(60).getUTCMonth()).toBe(8);
  });
});

describe("reference data", () => {
  it("builds 195 States with three names, ISO codes and mission e-mail", () => {
    const rows = buildStateRows();
    expect(rows).toHaveLength(195);
    expect(new Set(rows.map((r) => r.iso2)).size).toBe(195);
    expect(rows.find((r) => r.iso3 === "BRA")).toMatchObject({
      iso2: "BR",
      nameFr: "Brésil",
      nameEs: "Brasil",
      missionEmail: "mission.bra@missions.example",
    });
  });
});

describe("letters", () => {
  const base = {
    type: "AL" as const,
    addressee: { kind: "STATE" as const, name: { en: "Norway", fr: "Norvège", es: "Noruega" } },
    titles: [{ en: "Special Rapporteur on X", fr: "Rapporteur spécial sur X", es: "Relator Especial sobre X" }],
    plural: false,
    concern: "prosecution" as const,
    group: "journalists" as const,
    reason: REASONS[0]!,
    followUp: FOLLOW_UPS[0]!,
    place: PLACES[0]!,
    legislation: LEGISLATION[0]!,
    incidentDate: new Date("2025-03-10T00:00:00Z"),
    publishRepliesOnReceipt: true,
  };

  it("composes labelled letters in three languages without names of victims", () => {
    const en = composeLetter({ ...base, lang: "en" });
    expect(en.subject).toBe("[Sample] Allegations of judicial harassment concerning journalists");
    expect(en.body).toContain("I have the honour");
    expect(en.body).toContain("In March 2025");
    expect(en.body).toContain("confidential annex");
    const fr = composeLetter({ ...base, lang: "fr", plural: true });
    expect(fr.subject).toBe("[Sample] Allégations de harcèlement judiciaire visant des journalistes");
    expect(fr.body).toContain("Nous avons l'honneur");
    const es = composeLetter({ ...base, lang: "es", type: "OL" });
    expect(es.subject).toMatch(/^\[Sample\] Observaciones sobre el proyecto de ley/);
  });
});
