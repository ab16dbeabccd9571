/**
 * Cross-cutting themes used to tag communications, reports, visits and press releases,
 * plus the 17 Sustainable Development Goals (short names as used by the United Nations
 * in English, French and Spanish).
 */

export type ThemeData = {
  slug: string;
  kind: "CROSS_CUTTING" | "SDG";
  sdgNumber?: number;
  nameEn: string;
  nameFr: string;
  nameEs: string;
};

const CROSS_CUTTING: ThemeData[] = [
  {
    slug: "climate-change",
    kind: "CROSS_CUTTING",
    nameEn: "Climate change",
    nameFr: "Changements climatiques",
    nameEs: "Cambio climático",
  },
  {
    slug: "migration",
    kind: "CROSS_CUTTING",
    nameEn: "Migration",
    nameFr: "Migrations",
    nameEs: "Migración",
  },
  {
    slug: "new-technologies",
    kind: "CROSS_CUTTING",
    nameEn: "New technologies",
    nameFr: "Nouvelles technologies",
    nameEs: "Nuevas tecnologías",
  },
  {
    slug: "reprisals",
    kind: "CROSS_CUTTING",
    nameEn: "Reprisals and intimidation for cooperation with the UN",
    nameFr: "Représailles et actes d'intimidation pour cause de coopération avec l'ONU",
    nameEs: "Represalias e intimidación por cooperar con las Naciones Unidas",
  },
  {
    slug: "gender",
    kind: "CROSS_CUTTING",
    nameEn: "Gender",
    nameFr: "Genre",
    nameEs: "Género",
  },
  {
    slug: "human-rights-defenders",
    kind: "CROSS_CUTTING",
    nameEn: "Human rights defenders",
    nameFr: "Défenseurs des droits de l'homme",
    nameEs: "Defensores de los derechos humanos",
  },
];

const SDG_NAMES: readonly [en: string, fr: string, es: string][] = [
  ["No poverty", "Pas de pauvreté", "Fin de la pobreza"],
  ["Zero hunger", "Faim « zéro »", "Hambre cero"],
  ["Good health and well-being", "Bonne santé et bien-être", "Salud y bienestar"],
  ["Quality education", "Éducation de qualité", "Educación de calidad"],
  ["Gender equality", "Égalité entre les sexes", "Igualdad de género"],
  ["Clean water and sanitation", "Eau propre et assainissement", "Agua limpia y saneamiento"],
  ["Affordable and clean energy", "Énergie propre et d'un coût abordable", "Energía asequible y no contaminante"],
  ["Decent work and economic growth", "Travail décent et croissance économique", "Trabajo decente y crecimiento económico"],
  ["Industry, innovation and infrastructure", "Industrie, innovation et infrastructure", "Industria, innovación e infraestructura"],
  ["Reduced inequalities", "Inégalités réduites", "Reducción de las desigualdades"],
  ["Sustainable cities and communities", "Villes et communautés durables", "Ciudades y comunidades sostenibles"],
  ["Responsible consumption and production", "Consommation et production responsables", "Producción y consumo responsables"],
  ["Climate action", "Mesures relatives à la lutte contre les changements climatiques", "Acción por el clima"],
  ["Life below water", "Vie aquatique", "Vida submarina"],
  ["Life on land", "Vie terrestre", "Vida de ecosistemas terrestres"],
  ["Peace, justice and strong institutions", "Paix, justice et institutions efficaces", "Paz, justicia e instituciones sólidas"],
  ["Partnerships for the goals", "Partenariats pour la réalisation des objectifs", "Alianzas para lograr los objetivos"],
];

const SDGS: ThemeData[] = SDG_NAMES.map(([nameEn, nameFr, nameEs], i) => ({
  slug: `sdg-${i + 1}`,
  kind: "SDG",
  sdgNumber: i + 1,
  nameEn,
  nameFr,
  nameEs,
}));

export const THEMES: ThemeData[] = [...CROSS_CUTTING, ...SDGS];
