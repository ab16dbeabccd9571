// Fixed catalogues for the sample data: how often each mandate leads a communication, which themes
// go with which mandate, fictional other actors, and the languages States reply in.
import type { OtherActorKind } from "../../lib/generated/prisma/enums";

/** Relative frequency with which a thematic mandate leads a communication (default 1). */
export const LEAD_WEIGHT: Record<string, number> = {
  "hr-defenders": 10,
  "freedom-of-expression": 8,
  "arbitrary-detention": 7,
  "assembly-association": 6,
  torture: 6,
  "independence-judges-lawyers": 5,
  executions: 4,
  "enforced-disappearances": 4,
  "counter-terrorism": 4,
  "freedom-of-religion": 3,
  migrants: 3,
  "indigenous-peoples": 3,
  "business-human-rights": 3,
  "violence-against-women": 3,
  "discrimination-women-girls": 3,
  "minority-issues": 3,
  privacy: 2,
  housing: 2,
  health: 2,
  environment: 2,
  toxics: 2,
};

/** Themes that fit a mandate's subject matter (slugs of data/themes.ts). */
export const THEME_AFFINITY: Record<string, string[]> = {
  "hr-defenders": ["human-rights-defenders", "sdg-16"],
  "freedom-of-expression": ["sdg-16", "new-technologies"],
  "assembly-association": ["human-rights-defenders", "sdg-16"],
  "arbitrary-detention": ["sdg-16"],
  torture: ["sdg-16"],
  executions: ["sdg-16"],
  "enforced-disappearances": ["sdg-16"],
  "independence-judges-lawyers": ["sdg-16"],
  "counter-terrorism": ["sdg-16", "new-technologies"],
  privacy: ["new-technologies", "sdg-16"],
  "climate-change": ["climate-change", "sdg-13"],
  environment: ["climate-change", "sdg-13", "sdg-15", "sdg-14"],
  toxics: ["sdg-12", "sdg-3", "sdg-6"],
  migrants: ["migration", "sdg-10"],
  idps: ["migration", "climate-change"],
  trafficking: ["migration", "sdg-8", "sdg-5"],
  slavery: ["sdg-8"],
  food: ["sdg-2"],
  "water-sanitation": ["sdg-6"],
  health: ["sdg-3"],
  education: ["sdg-4"],
  housing: ["sdg-11"],
  "extreme-poverty": ["sdg-1", "sdg-10"],
  "business-human-rights": ["sdg-8", "sdg-12"],
  "violence-against-women": ["gender", "sdg-5"],
  "discrimination-women-girls": ["gender", "sdg-5"],
  sogi: ["gender", "sdg-10"],
  disability: ["sdg-10"],
  "older-persons": ["sdg-10", "sdg-3"],
  "indigenous-peoples": ["sdg-15", "sdg-10"],
  "minority-issues": ["sdg-10"],
  racism: ["sdg-10"],
  "african-descent": ["sdg-10"],
  peasants: ["sdg-2", "sdg-15"],
  development: ["sdg-17", "sdg-1"],
  "foreign-debt": ["sdg-17"],
  "international-order": ["sdg-17"],
  "international-solidarity": ["sdg-17"],
  "unilateral-coercive-measures": ["sdg-17", "sdg-3"],
  "cultural-rights": ["sdg-4", "sdg-11"],
  "freedom-of-religion": ["sdg-16"],
  "sale-of-children": ["sdg-16", "new-technologies", "sdg-5"],
  "truth-justice": ["sdg-16"],
  mercenaries: ["sdg-16"],
  leprosy: ["sdg-3", "sdg-10"],
  albinism: ["sdg-3", "sdg-10"],
};

export type OtherActorData = { name: string; kind: OtherActorKind; homeIso3: string | null };

/** Fictional non-State addressees. */
export const OTHER_ACTORS: OtherActorData[] = [
  { name: "Northwind Mining Corp.", kind: "BUSINESS", homeIso3: "CAN" },
  { name: "Bluewater Hydro Holdings ASA", kind: "BUSINESS", homeIso3: "NOR" },
  { name: "Meridian Agri-Plantations Ltd.", kind: "BUSINESS", homeIso3: "GBR" },
  { name: "Aurora Textiles Group GmbH", kind: "BUSINESS", homeIso3: "DEU" },
  { name: "Crestline Security Services Inc.", kind: "BUSINESS", homeIso3: "USA" },
  { name: "Helios Surveillance Systems B.V.", kind: "BUSINESS", homeIso3: "NLD" },
  { name: "Granite Ridge Construction S.A.", kind: "BUSINESS", homeIso3: "BRA" },
  { name: "Silverleaf Agribusiness S.A.", kind: "BUSINESS", homeIso3: "ARG" },
  { name: "Polaris Data Analytics Inc.", kind: "BUSINESS", homeIso3: "USA" },
  { name: "Tidewater Shipping Lines Pte. Ltd.", kind: "BUSINESS", homeIso3: "SGP" },
  { name: "Redstone Petroleum plc", kind: "BUSINESS", homeIso3: "GBR" },
  { name: "Evergreen Timber Company Pty Ltd", kind: "BUSINESS", homeIso3: "AUS" },
  { name: "Nimbus Cloud Technologies Ltd.", kind: "BUSINESS", homeIso3: "IRL" },
  { name: "Sunfield Renewables AG", kind: "BUSINESS", homeIso3: "CHE" },
  { name: "Kestrel Apparel Sourcing AB", kind: "BUSINESS", homeIso3: "SWE" },
  { name: "Orion Custodial Services (Pty) Ltd", kind: "BUSINESS", homeIso3: "ZAF" },
  { name: "Inter-Regional Development Finance Bank", kind: "INTERNATIONAL_ORGANISATION", homeIso3: null },
  { name: "Regional Migration Coordination Agency", kind: "INTERNATIONAL_ORGANISATION", homeIso3: null },
  { name: "Global Vaccine Procurement Facility", kind: "INTERNATIONAL_ORGANISATION", homeIso3: null },
  { name: "International Fisheries Management Commission", kind: "INTERNATIONAL_ORGANISATION", homeIso3: null },
  { name: "Continental Infrastructure Investment Fund", kind: "INTERNATIONAL_ORGANISATION", homeIso3: null },
  { name: "Northern Hills Liberation Front", kind: "ARMED_GROUP", homeIso3: null },
  { name: "Coastal Defence Militia", kind: "ARMED_GROUP", homeIso3: null },
  { name: "Eastern Valley De Facto Authority", kind: "OTHER", homeIso3: null },
  { name: "International Football Events Federation", kind: "OTHER", homeIso3: "CHE" },
];

/** Thematic mandates likely to lead a letter to an other actor of each kind. */
export const OTHER_ACTOR_MANDATES: Record<OtherActorKind, string[]> = {
  BUSINESS: [
    "business-human-rights",
    "business-human-rights",
    "environment",
    "toxics",
    "indigenous-peoples",
    "hr-defenders",
    "slavery",
    "privacy",
  ],
  INTERNATIONAL_ORGANISATION: ["migrants", "food", "health", "development", "extreme-poverty"],
  ARMED_GROUP: ["executions", "torture", "idps", "sale-of-children", "violence-against-women"],
  OTHER: ["slavery", "migrants", "executions", "freedom-of-expression"],
};

/** Language a State may reply in other than English (UN official languages, and two others: R5). */
export const REPLY_LANGUAGE: Record<string, "fr" | "es" | "ru" | "ar" | "zh" | "no" | "de"> = {
  ...Object.fromEntries(
    [
      "FRA",
      "BEL",
      "LUX",
      "MCO",
      "SEN",
      "CIV",
      "CMR",
      "MLI",
      "BFA",
      "NER",
      "TCD",
      "GIN",
      "TGO",
      "BEN",
      "GAB",
      "COG",
      "COD",
      "MDG",
      "HTI",
      "DJI",
      "COM",
      "CAF",
      "BDI",
      "MAR",
      "DZA",
      "TUN",
      "LBN",
    ].map((c) => [c, "fr" as const]),
  ),
  ...Object.fromEntries(
    [
      "ESP",
      "MEX",
      "ARG",
      "CHL",
      "COL",
      "PER",
      "VEN",
      "ECU",
      "BOL",
      "PRY",
      "URY",
      "CUB",
      "DOM",
      "GTM",
      "HND",
      "SLV",
      "NIC",
      "CRI",
      "PAN",
      "GNQ",
    ].map((c) => [c, "es" as const]),
  ),
  ...Object.fromEntries(["RUS", "BLR", "KAZ", "KGZ", "TJK", "TKM", "UZB"].map((c) => [c, "ru" as const])),
  ...Object.fromEntries(
    ["SAU", "ARE", "QAT", "KWT", "BHR", "OMN", "YEM", "EGY", "JOR", "IRQ", "SYR", "LBY", "SDN", "MRT", "PSE"].map((c) => [
      c,
      "ar" as const,
    ]),
  ),
  CHN: "zh",
  NOR: "no",
  DEU: "de",
  AUT: "de",
};

export function slugify(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}
