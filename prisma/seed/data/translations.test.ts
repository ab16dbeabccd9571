// The Arabic, Chinese and Russian names: complete for every mandate, theme and State, and the same in
// the migration that named the rows of databases seeded before (prisma/migrations/*_six_language_names)
// as in the seed that names those of a new database.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildStateRows } from "../states";
import { MANDATES } from "./mandates";
import { THEMES } from "./themes";
import { mandateTitles, themeNames, TRANSLATIONS } from "./translations";

const migrationDir = fs.readdirSync("prisma/migrations").find((d) => d.endsWith("_six_language_names"))!;
const migration = fs.readFileSync(path.join("prisma/migrations", migrationDir, "migration.sql"), "utf8");

/** The rows of the migration's `UPDATE "<table>" … FROM (VALUES …)`, by key. */
function migrationRows(table: string): Map<string, string[]> {
  const block = new RegExp(`UPDATE "${table}" AS \\w+ SET [^(]+FROM \\(VALUES\\n([\\s\\S]*?)\\n\\) AS v`).exec(migration)?.[1];
  if (!block) throw new Error(`no UPDATE of ${table} in ${migrationDir}`);
  const rows = block.split(",\n").map((line) => [...line.matchAll(/'((?:[^']|'')*)'/g)].map((m) => m[1]!.replace(/''/g, "'")));
  return new Map(rows.map(([key, ...names]) => [key!, names]));
}

describe("names in Arabic, Chinese and Russian", () => {
  it("has a title for every mandate and a name for every theme, and nothing more", () => {
    for (const lang of ["ar", "zh", "ru"] as const) {
      const mandates = new Set(Object.keys(TRANSLATIONS[lang].mandates));
      for (const m of MANDATES) expect(mandates.has(m.slug), `${lang} ${m.slug}`).toBe(true);
      expect(Object.keys(TRANSLATIONS[lang].themes).sort()).toEqual(THEMES.map((t) => t.slug).sort());
      for (const iso3 of Object.keys(TRANSLATIONS[lang].states))
        expect(
          buildStateRows().some((s) => s.iso3 === iso3),
          iso3,
        ).toBe(true);
    }
  });

  it("names every State in each language, with the UN short names where they differ from common usage", () => {
    for (const s of buildStateRows()) for (const n of [s.nameAr, s.nameZh, s.nameRu]) expect(n.trim().length, s.iso3).toBeGreaterThan(1);
    const byIso3 = new Map(buildStateRows().map((s) => [s.iso3, s]));
    expect(byIso3.get("NOR")).toMatchObject({ nameAr: "النرويج", nameZh: "挪威", nameRu: "Норвегия" });
    expect(byIso3.get("IRN")!.nameRu).toBe(TRANSLATIONS.ru.states.IRN);
    expect(byIso3.get("VEN")!.nameZh).toBe(TRANSLATIONS.zh.states.VEN);
  });

  it("the migration names the existing rows as the seed names new ones", () => {
    expect(migrationRows("State")).toEqual(new Map(buildStateRows().map((s) => [s.iso3, [s.nameAr, s.nameZh, s.nameRu]])));
    expect(migrationRows("Mandate")).toEqual(new Map(MANDATES.map((m) => [m.slug, Object.values(mandateTitles(m.slug))])));
    expect(migrationRows("Theme")).toEqual(new Map(THEMES.map((t) => [t.slug, Object.values(themeNames(t.slug))])));
  });
});
