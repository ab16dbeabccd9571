// UN short names (UNTERM, the names used in Council documents) where they differ from the names of
// the i18n-iso-countries package, which follows common usage ("South Korea", "Vietnam", "UK").
// Everything else comes from the package; this list only corrects it, in EN/FR/ES.
export const UN_SHORT_NAMES: Record<string, { en: string; fr: string; es: string }> = {
  BOL: { en: "Bolivia (Plurinational State of)", fr: "Bolivie (État plurinational de)", es: "Bolivia (Estado Plurinacional de)" },
  BRN: { en: "Brunei Darussalam", fr: "Brunéi Darussalam", es: "Brunei Darussalam" },
  CHN: { en: "China", fr: "Chine", es: "China" },
  CIV: { en: "Côte d’Ivoire", fr: "Côte d’Ivoire", es: "Côte d’Ivoire" },
  COD: { en: "Democratic Republic of the Congo", fr: "République démocratique du Congo", es: "República Democrática del Congo" },
  COG: { en: "Congo", fr: "Congo", es: "Congo" },
  CZE: { en: "Czechia", fr: "Tchéquie", es: "Chequia" },
  FSM: { en: "Micronesia (Federated States of)", fr: "Micronésie (États fédérés de)", es: "Micronesia (Estados Federados de)" },
  GBR: {
    en: "United Kingdom of Great Britain and Northern Ireland",
    fr: "Royaume-Uni de Grande-Bretagne et d’Irlande du Nord",
    es: "Reino Unido de Gran Bretaña e Irlanda del Norte",
  },
  IRN: { en: "Iran (Islamic Republic of)", fr: "Iran (République islamique d’)", es: "Irán (República Islámica del)" },
  KOR: { en: "Republic of Korea", fr: "République de Corée", es: "República de Corea" },
  LAO: { en: "Lao People’s Democratic Republic", fr: "République démocratique populaire lao", es: "República Democrática Popular Lao" },
  MDA: { en: "Republic of Moldova", fr: "République de Moldova", es: "República de Moldova" },
  NLD: { en: "Netherlands (Kingdom of the)", fr: "Pays-Bas (Royaume des)", es: "Países Bajos (Reino de los)" },
  PRK: {
    en: "Democratic People’s Republic of Korea",
    fr: "République populaire démocratique de Corée",
    es: "República Popular Democrática de Corea",
  },
  PSE: { en: "State of Palestine", fr: "État de Palestine", es: "Estado de Palestina" },
  RUS: { en: "Russian Federation", fr: "Fédération de Russie", es: "Federación de Rusia" },
  SYR: { en: "Syrian Arab Republic", fr: "République arabe syrienne", es: "República Árabe Siria" },
  TZA: { en: "United Republic of Tanzania", fr: "République-Unie de Tanzanie", es: "República Unida de Tanzanía" },
  TUR: { en: "Türkiye", fr: "Türkiye", es: "Türkiye" },
  USA: { en: "United States of America", fr: "États-Unis d’Amérique", es: "Estados Unidos de América" },
  VAT: { en: "Holy See", fr: "Saint-Siège", es: "Santa Sede" },
  VEN: {
    en: "Venezuela (Bolivarian Republic of)",
    fr: "Venezuela (République bolivarienne du)",
    es: "Venezuela (República Bolivariana de)",
  },
  VNM: { en: "Viet Nam", fr: "Viet Nam", es: "Viet Nam" },
};
