// The 193 member States and 2 observer States (names in the six languages from i18n-iso-countries,
// corrected to the UN short names by data/un-names.ts and data/translations.ts) and their
// Human Rights Council terms. Upserted by ISO3 / (State, first year).
import countries from "i18n-iso-countries";
import en from "i18n-iso-countries/langs/en.json" with { type: "json" };
import fr from "i18n-iso-countries/langs/fr.json" with { type: "json" };
import es from "i18n-iso-countries/langs/es.json" with { type: "json" };
import ar from "i18n-iso-countries/langs/ar.json" with { type: "json" };
import zh from "i18n-iso-countries/langs/zh.json" with { type: "json" };
import ru from "i18n-iso-countries/langs/ru.json" with { type: "json" };
import type { RegionalGroup, StateStatus } from "../../lib/generated/prisma/enums";
import type { Db, Log, StateRef } from "./context";
import { COUNCIL_TERMS } from "./data/council-membership";
import { OBSERVER_ISO3, REGIONAL_GROUP, UN_MEMBER_ISO3 } from "./data/regional-groups";
import { stableUuid } from "./random";
import { diffByKey } from "./sync";
import { UN_SHORT_NAMES } from "./data/un-names";
import { TRANSLATIONS } from "./data/translations";

countries.registerLocale(en);
countries.registerLocale(fr);
countries.registerLocale(es);
countries.registerLocale(ar);
countries.registerLocale(zh);
countries.registerLocale(ru);

type StateRow = {
  id: string;
  iso3: string;
  iso2: string;
  nameEn: string;
  nameFr: string;
  nameEs: string;
  nameAr: string;
  nameZh: string;
  nameRu: string;
  regionalGroup: RegionalGroup;
  status: StateStatus;
  missionName: string | null;
  missionEmail: string | null;
};

function countryName(iso3: string, lang: "en" | "fr" | "es" | "ar" | "zh" | "ru"): string {
  const name =
    lang === "ar" || lang === "zh" || lang === "ru"
      ? (TRANSLATIONS[lang].states[iso3] ?? countries.getName(iso3, lang))
      : (UN_SHORT_NAMES[iso3]?.[lang] ?? countries.getName(iso3, lang));
  if (!name) throw new Error(`i18n-iso-countries has no ${lang} name for ${iso3}`);
  return name;
}

const MISSION_TITLE: Record<StateStatus, string> = {
  MEMBER: "Permanent Mission",
  OBSERVER: "Permanent Observer Mission",
};

export function buildStateRows(): StateRow[] {
  const entries = [...UN_MEMBER_ISO3.map((iso3) => [iso3, "MEMBER"] as const), ...OBSERVER_ISO3.map((iso3) => [iso3, "OBSERVER"] as const)];
  return entries
    .map(([iso3, status]) => {
      const iso2 = countries.alpha3ToAlpha2(iso3);
      const regionalGroup = REGIONAL_GROUP[iso3];
      if (!iso2) throw new Error(`No ISO alpha-2 code for ${iso3}`);
      if (!regionalGroup) throw new Error(`No regional group for ${iso3}`);
      const nameEn = countryName(iso3, "en");
      return {
        id: stableUuid(`state:${iso3}`),
        iso3,
        iso2,
        nameEn,
        nameFr: countryName(iso3, "fr"),
        nameEs: countryName(iso3, "es"),
        nameAr: countryName(iso3, "ar"),
        nameZh: countryName(iso3, "zh"),
        nameRu: countryName(iso3, "ru"),
        regionalGroup,
        status,
        missionName: `${MISSION_TITLE[status]} of ${nameEn} to the United Nations Office at Geneva`,
        missionEmail: `mission.${iso3.toLowerCase()}@missions.example`,
      };
    })
    .sort((a, b) => a.iso3.localeCompare(b.iso3));
}

const STATE_FIELDS = ["iso2", "nameEn", "nameFr", "nameEs", "nameAr", "nameZh", "nameRu", "regionalGroup", "status"] as const;

/** Upserts the States and returns them sorted by ISO3 (ids as stored). */
export async function seedStates(db: Db, log: Log): Promise<StateRef[]> {
  const desired = buildStateRows();
  const existing = await db.state.findMany({ where: { iso3: { in: desired.map((s) => s.iso3) } } });
  const { create, update } = diffByKey(existing, desired, (s) => s.iso3, STATE_FIELDS);
  if (create.length) await db.state.createMany({ data: create, skipDuplicates: true });
  for (const { current, changes } of update) await db.state.update({ where: { iso3: current.iso3 }, data: changes });
  if (create.length || update.length) log(`States: ${create.length} created, ${update.length} updated`);
  const rows = await db.state.findMany({ where: { iso3: { in: desired.map((s) => s.iso3) } }, orderBy: { iso3: "asc" } });
  return rows.map((s) => ({
    id: s.id,
    iso3: s.iso3,
    nameEn: s.nameEn,
    nameFr: s.nameFr,
    nameEs: s.nameEs,
    regionalGroup: s.regionalGroup,
    member: s.status === "MEMBER",
  }));
}

export async function seedCouncilMemberships(db: Db, states: Map<string, StateRef>, log: Log): Promise<void> {
  const desired = COUNCIL_TERMS.map((t) => {
    const state = states.get(t.iso3);
    if (!state) throw new Error(`Council term for unknown State ${t.iso3}`);
    return { id: stableUuid(`council:${t.iso3}:${t.from}`), stateId: state.id, fromYear: t.from, toYear: t.to };
  });
  const existing = await db.councilMembership.findMany({ where: { stateId: { in: desired.map((d) => d.stateId) } } });
  const key = (r: { stateId: string; fromYear: number }) => `${r.stateId}:${r.fromYear}`;
  const { create, update } = diffByKey(existing, desired, key, ["toYear"]);
  if (create.length) await db.councilMembership.createMany({ data: create, skipDuplicates: true });
  for (const { current, changes } of update) await db.councilMembership.update({ where: { id: current.id }, data: changes });
  if (create.length || update.length) log(`Council terms: ${create.length} created, ${update.length} updated`);
}
