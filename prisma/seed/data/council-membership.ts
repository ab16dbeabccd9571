/**
 * Human Rights Council membership terms (calendar years, inclusive).
 *
 * Covers every State that sits on the Council in 2024, 2025 or 2026, i.e. the cohorts
 * elected by the General Assembly for the terms 2022–2024, 2023–2025, 2024–2026,
 * 2025–2027 and 2026–2028. Each cohort's list was checked against public reporting of
 * the General Assembly elections (UN press releases GA/12457 of October 2022 and the
 * October 2023, October 2024 and 14 October 2025 election reports, including their
 * lists of outgoing and continuing members). Seats per regional group per year:
 * African 13, Asia-Pacific 13, Eastern European 6, Latin American and Caribbean 8,
 * Western European and others 7 (total 47).
 *
 * Terms run 1 January of `from` to 31 December of `to`. Early resignations during a
 * term are not modelled. (The United States' term ended on 31 December 2024, before
 * it announced in 2025 that it would disengage from the Council.)
 */

export type CouncilTerm = { iso3: string; from: number; to: number };

function cohort(from: number, to: number, iso3s: readonly string[]): CouncilTerm[] {
  return iso3s.map((iso3) => ({ iso3, from, to }));
}

export const COUNCIL_TERMS: CouncilTerm[] = [
  // Elected 14 October 2021, term 2022–2024 (18 seats).
  ...cohort(2022, 2024, [
    // African (5)
    "BEN",
    "CMR",
    "ERI",
    "GMB",
    "SOM",
    // Asia-Pacific (5)
    "IND",
    "KAZ",
    "MYS",
    "QAT",
    "ARE",
    // Eastern European (2)
    "LTU",
    "MNE",
    // Latin American and Caribbean (3)
    "ARG",
    "HND",
    "PRY",
    // Western European and others (3)
    "FIN",
    "LUX",
    "USA",
  ]),

  // Elected 11 October 2022, term 2023–2025 (14 seats).
  ...cohort(2023, 2025, [
    // African (4)
    "DZA",
    "MAR",
    "ZAF",
    "SDN",
    // Asia-Pacific (4)
    "BGD",
    "KGZ",
    "MDV",
    "VNM",
    // Eastern European (2)
    "GEO",
    "ROU",
    // Latin American and Caribbean (2)
    "CHL",
    "CRI",
    // Western European and others (2)
    "BEL",
    "DEU",
  ]),

  // Elected 10 October 2023, term 2024–2026 (15 seats).
  ...cohort(2024, 2026, [
    // African (4)
    "BDI",
    "CIV",
    "GHA",
    "MWI",
    // Asia-Pacific (4)
    "CHN",
    "IDN",
    "JPN",
    "KWT",
    // Eastern European (2)
    "ALB",
    "BGR",
    // Latin American and Caribbean (3)
    "BRA",
    "CUB",
    "DOM",
    // Western European and others (2)
    "FRA",
    "NLD",
  ]),

  // Elected October 2024, term 2025–2027 (18 seats).
  ...cohort(2025, 2027, [
    // African (5)
    "BEN",
    "COD",
    "ETH",
    "GMB",
    "KEN",
    // Asia-Pacific (5)
    "CYP",
    "MHL",
    "QAT",
    "KOR",
    "THA",
    // Eastern European (2)
    "CZE",
    "MKD",
    // Latin American and Caribbean (3)
    "BOL",
    "COL",
    "MEX",
    // Western European and others (3)
    "ISL",
    "ESP",
    "CHE",
  ]),

  // Elected 14 October 2025, term 2026–2028 (14 seats).
  ...cohort(2026, 2028, [
    // African (4)
    "AGO",
    "EGY",
    "MUS",
    "ZAF",
    // Asia-Pacific (4)
    "IND",
    "IRQ",
    "PAK",
    "VNM",
    // Eastern European (2)
    "EST",
    "SVN",
    // Latin American and Caribbean (2)
    "CHL",
    "ECU",
    // Western European and others (2)
    "ITA",
    "GBR",
  ]),
];

/** ISO3 codes of the States sitting on the Council in the given calendar year. */
export function councilMembersIn(year: number): string[] {
  return COUNCIL_TERMS.filter((t) => t.from <= year && year <= t.to).map((t) => t.iso3);
}
