/**
 * Current Special Procedures mandates of the Human Rights Council
 * (46 thematic and 14 country mandates, as listed by OHCHR for 2024–2025).
 *
 * `established` is the year the mandate was first created by the Commission on
 * Human Rights or the Council, even where its title or type (Special Rapporteur,
 * Independent Expert, Working Group) changed later; see the per-entry comments.
 *
 * Titles: English titles follow OHCHR usage. French and Spanish titles follow UN
 * document usage where known; where a title has not been checked against an official
 * UN French/Spanish document it is a faithful translation in UN style (UN Spanish uses
 * the generic masculine "Relator Especial" / "Experto Independiente"; the feminine
 * form is used in practice when the holder is a woman).
 *
 * Experts designated by the High Commissioner at the Council's request (Haiti, Sudan)
 * are not Special Procedures mandates; they are listed separately in
 * DESIGNATED_EXPERTS below and are not part of MANDATES.
 */

export type MandateData = {
  slug: string;
  kind: "THEMATIC" | "COUNTRY";
  body: "SPECIAL_RAPPORTEUR" | "INDEPENDENT_EXPERT" | "WORKING_GROUP";
  titleEn: string;
  titleFr: string;
  titleEs: string;
  established: number;
  countryIso3?: string;
};

const THEMATIC_MANDATES: MandateData[] = [
  {
    slug: "african-descent",
    kind: "THEMATIC",
    body: "WORKING_GROUP",
    titleEn: "Working Group of Experts on People of African Descent",
    titleFr: "Groupe de travail d'experts sur les personnes d'ascendance africaine",
    titleEs: "Grupo de Trabajo de Expertos sobre los Afrodescendientes",
    established: 2002,
  },
  {
    slug: "albinism",
    kind: "THEMATIC",
    body: "INDEPENDENT_EXPERT",
    titleEn: "Independent Expert on the enjoyment of human rights by persons with albinism",
    titleFr: "Expert indépendant sur l'exercice des droits de l'homme par les personnes atteintes d'albinisme",
    titleEs: "Experto Independiente sobre el disfrute de los derechos humanos por las personas con albinismo",
    established: 2015,
  },
  {
    slug: "arbitrary-detention",
    kind: "THEMATIC",
    body: "WORKING_GROUP",
    titleEn: "Working Group on Arbitrary Detention",
    titleFr: "Groupe de travail sur la détention arbitraire",
    titleEs: "Grupo de Trabajo sobre la Detención Arbitraria",
    established: 1991,
  },
  {
    slug: "business-human-rights",
    kind: "THEMATIC",
    body: "WORKING_GROUP",
    titleEn: "Working Group on the issue of human rights and transnational corporations and other business enterprises",
    titleFr: "Groupe de travail sur la question des droits de l'homme et des sociétés transnationales et autres entreprises",
    titleEs: "Grupo de Trabajo sobre la cuestión de los derechos humanos y las empresas transnacionales y otras empresas",
    established: 2011, // preceded by the Special Representative of the Secretary-General (2005)
  },
  {
    slug: "climate-change",
    kind: "THEMATIC",
    body: "SPECIAL_RAPPORTEUR",
    titleEn: "Special Rapporteur on the promotion and protection of human rights in the context of climate change",
    titleFr: "Rapporteur spécial sur la promotion et la protection des droits de l'homme dans le contexte des changements climatiques",
    titleEs: "Relator Especial sobre la promoción y protección de los derechos humanos en el contexto del cambio climático",
    established: 2021,
  },
  {
    slug: "counter-terrorism",
    kind: "THEMATIC",
    body: "SPECIAL_RAPPORTEUR",
    titleEn: "Special Rapporteur on the promotion and protection of human rights and fundamental freedoms while countering terrorism",
    titleFr:
      "Rapporteur spécial sur la promotion et la protection des droits de l'homme et des libertés fondamentales dans la lutte antiterroriste",
    titleEs:
      "Relator Especial sobre la promoción y la protección de los derechos humanos y las libertades fundamentales en la lucha contra el terrorismo",
    established: 2005,
  },
  {
    slug: "cultural-rights",
    kind: "THEMATIC",
    body: "SPECIAL_RAPPORTEUR",
    titleEn: "Special Rapporteur in the field of cultural rights",
    titleFr: "Rapporteur spécial dans le domaine des droits culturels",
    titleEs: "Relator Especial sobre los derechos culturales",
    established: 2009, // Independent Expert 2009, Special Rapporteur since 2012
  },
  {
    slug: "international-order",
    kind: "THEMATIC",
    body: "INDEPENDENT_EXPERT",
    titleEn: "Independent Expert on the promotion of a democratic and equitable international order",
    titleFr: "Expert indépendant sur la promotion d'un ordre international démocratique et équitable",
    titleEs: "Experto Independiente sobre la promoción de un orden internacional democrático y equitativo",
    established: 2011,
  },
  {
    slug: "development",
    kind: "THEMATIC",
    body: "SPECIAL_RAPPORTEUR",
    titleEn: "Special Rapporteur on the right to development",
    titleFr: "Rapporteur spécial sur le droit au développement",
    titleEs: "Relator Especial sobre el derecho al desarrollo",
    established: 2016,
  },
  {
    slug: "disability",
    kind: "THEMATIC",
    body: "SPECIAL_RAPPORTEUR",
    titleEn: "Special Rapporteur on the rights of persons with disabilities",
    titleFr: "Rapporteur spécial sur les droits des personnes handicapées",
    titleEs: "Relator Especial sobre los derechos de las personas con discapacidad",
    established: 2014,
  },
  {
    slug: "enforced-disappearances",
    kind: "THEMATIC",
    body: "WORKING_GROUP",
    titleEn: "Working Group on Enforced or Involuntary Disappearances",
    titleFr: "Groupe de travail sur les disparitions forcées ou involontaires",
    titleEs: "Grupo de Trabajo sobre las Desapariciones Forzadas o Involuntarias",
    established: 1980,
  },
  {
    slug: "discrimination-women-girls",
    kind: "THEMATIC",
    body: "WORKING_GROUP",
    titleEn: "Working Group on discrimination against women and girls",
    titleFr: "Groupe de travail sur la discrimination à l'égard des femmes et des filles",
    titleEs: "Grupo de Trabajo sobre la discriminación contra las mujeres y las niñas",
    established: 2010,
  },
  {
    slug: "education",
    kind: "THEMATIC",
    body: "SPECIAL_RAPPORTEUR",
    titleEn: "Special Rapporteur on the right to education",
    titleFr: "Rapporteur spécial sur le droit à l'éducation",
    titleEs: "Relator Especial sobre el derecho a la educación",
    established: 1998,
  },
  {
    slug: "environment",
    kind: "THEMATIC",
    body: "SPECIAL_RAPPORTEUR",
    // Title changed in 2024 to reflect the recognition of the right (GA res. 76/300).
    titleEn: "Special Rapporteur on the human right to a clean, healthy and sustainable environment",
    titleFr: "Rapporteur spécial sur le droit humain à un environnement propre, sain et durable",
    titleEs: "Relator Especial sobre el derecho humano a un medio ambiente limpio, saludable y sostenible",
    established: 2012, // Independent Expert 2012, Special Rapporteur since 2015
  },
  {
    slug: "executions",
    kind: "THEMATIC",
    body: "SPECIAL_RAPPORTEUR",
    titleEn: "Special Rapporteur on extrajudicial, summary or arbitrary executions",
    titleFr: "Rapporteur spécial sur les exécutions extrajudiciaires, sommaires ou arbitraires",
    titleEs: "Relator Especial sobre las ejecuciones extrajudiciales, sumarias o arbitrarias",
    established: 1982,
  },
  {
    slug: "extreme-poverty",
    kind: "THEMATIC",
    body: "SPECIAL_RAPPORTEUR",
    titleEn: "Special Rapporteur on extreme poverty and human rights",
    titleFr: "Rapporteur spécial sur l'extrême pauvreté et les droits de l'homme",
    titleEs: "Relator Especial sobre la extrema pobreza y los derechos humanos",
    established: 1998, // Independent Expert 1998, Special Rapporteur since 2011
  },
  {
    slug: "food",
    kind: "THEMATIC",
    body: "SPECIAL_RAPPORTEUR",
    titleEn: "Special Rapporteur on the right to food",
    titleFr: "Rapporteur spécial sur le droit à l'alimentation",
    titleEs: "Relator Especial sobre el derecho a la alimentación",
    established: 2000,
  },
  {
    slug: "foreign-debt",
    kind: "THEMATIC",
    body: "INDEPENDENT_EXPERT",
    titleEn:
      "Independent Expert on the effects of foreign debt and other related international financial obligations of States on the full enjoyment of all human rights, particularly economic, social and cultural rights",
    titleFr:
      "Expert indépendant chargé d'examiner les effets de la dette extérieure et des obligations financières internationales connexes des États sur le plein exercice de tous les droits de l'homme, en particulier des droits économiques, sociaux et culturels",
    titleEs:
      "Experto Independiente sobre las consecuencias de la deuda externa y las obligaciones financieras internacionales conexas de los Estados para el pleno goce de todos los derechos humanos, sobre todo los derechos económicos, sociales y culturales",
    established: 2000, // merger of earlier mandates on structural adjustment (1997) and foreign debt (1998)
  },
  {
    slug: "freedom-of-expression",
    kind: "THEMATIC",
    body: "SPECIAL_RAPPORTEUR",
    titleEn: "Special Rapporteur on the promotion and protection of the right to freedom of opinion and expression",
    titleFr: "Rapporteur spécial sur la promotion et la protection du droit à la liberté d'opinion et d'expression",
    titleEs: "Relator Especial sobre la promoción y protección del derecho a la libertad de opinión y de expresión",
    established: 1993,
  },
  {
    slug: "assembly-association",
    kind: "THEMATIC",
    body: "SPECIAL_RAPPORTEUR",
    titleEn: "Special Rapporteur on the rights to freedom of peaceful assembly and of association",
    titleFr: "Rapporteur spécial sur le droit de réunion pacifique et la liberté d'association",
    titleEs: "Relator Especial sobre los derechos a la libertad de reunión pacífica y de asociación",
    established: 2010,
  },
  {
    slug: "freedom-of-religion",
    kind: "THEMATIC",
    body: "SPECIAL_RAPPORTEUR",
    titleEn: "Special Rapporteur on freedom of religion or belief",
    titleFr: "Rapporteur spécial sur la liberté de religion ou de conviction",
    titleEs: "Relator Especial sobre la libertad de religión o de creencias",
    established: 1986,
  },
  {
    slug: "health",
    kind: "THEMATIC",
    body: "SPECIAL_RAPPORTEUR",
    titleEn:
      "Special Rapporteur on the right of everyone to the enjoyment of the highest attainable standard of physical and mental health",
    titleFr: "Rapporteur spécial sur le droit qu'a toute personne de jouir du meilleur état de santé physique et mentale possible",
    titleEs: "Relator Especial sobre el derecho de toda persona al disfrute del más alto nivel posible de salud física y mental",
    established: 2002,
  },
  {
    slug: "housing",
    kind: "THEMATIC",
    body: "SPECIAL_RAPPORTEUR",
    titleEn:
      "Special Rapporteur on adequate housing as a component of the right to an adequate standard of living, and on the right to non-discrimination in this context",
    titleFr:
      "Rapporteur spécial sur le logement convenable en tant qu'élément du droit à un niveau de vie suffisant ainsi que sur le droit à la non-discrimination à cet égard",
    titleEs:
      "Relator Especial sobre una vivienda adecuada como elemento integrante del derecho a un nivel de vida adecuado y sobre el derecho de no discriminación a este respecto",
    established: 2000,
  },
  {
    slug: "hr-defenders",
    kind: "THEMATIC",
    body: "SPECIAL_RAPPORTEUR",
    titleEn: "Special Rapporteur on the situation of human rights defenders",
    titleFr: "Rapporteur spécial sur la situation des défenseurs des droits de l'homme",
    titleEs: "Relator Especial sobre la situación de los defensores de los derechos humanos",
    established: 2000, // Special Representative of the Secretary-General 2000, Special Rapporteur since 2008
  },
  {
    slug: "independence-judges-lawyers",
    kind: "THEMATIC",
    body: "SPECIAL_RAPPORTEUR",
    titleEn: "Special Rapporteur on the independence of judges and lawyers",
    titleFr: "Rapporteur spécial sur l'indépendance des juges et des avocats",
    titleEs: "Relator Especial sobre la independencia de los magistrados y abogados",
    established: 1994,
  },
  {
    slug: "indigenous-peoples",
    kind: "THEMATIC",
    body: "SPECIAL_RAPPORTEUR",
    titleEn: "Special Rapporteur on the rights of Indigenous Peoples",
    titleFr: "Rapporteur spécial sur les droits des peuples autochtones",
    titleEs: "Relator Especial sobre los derechos de los pueblos indígenas",
    established: 2001,
  },
  {
    slug: "idps",
    kind: "THEMATIC",
    body: "SPECIAL_RAPPORTEUR",
    titleEn: "Special Rapporteur on the human rights of internally displaced persons",
    titleFr: "Rapporteur spécial sur les droits humains des personnes déplacées dans leur propre pays",
    titleEs: "Relator Especial sobre los derechos humanos de los desplazados internos",
    established: 1992, // Representative of the Secretary-General 1992 (and 2004), Special Rapporteur since 2010
  },
  {
    slug: "international-solidarity",
    kind: "THEMATIC",
    body: "INDEPENDENT_EXPERT",
    titleEn: "Independent Expert on human rights and international solidarity",
    titleFr: "Expert indépendant sur les droits de l'homme et la solidarité internationale",
    titleEs: "Experto Independiente sobre los derechos humanos y la solidaridad internacional",
    established: 2005,
  },
  {
    slug: "leprosy",
    kind: "THEMATIC",
    body: "SPECIAL_RAPPORTEUR",
    titleEn: "Special Rapporteur on the elimination of discrimination against persons affected by leprosy and their family members",
    titleFr:
      "Rapporteur spécial sur l'élimination de la discrimination à l'égard des personnes touchées par la lèpre et des membres de leur famille",
    titleEs: "Relator Especial sobre la eliminación de la discriminación contra las personas afectadas por la lepra y sus familiares",
    established: 2017,
  },
  {
    slug: "mercenaries",
    kind: "THEMATIC",
    body: "WORKING_GROUP",
    titleEn:
      "Working Group on the use of mercenaries as a means of violating human rights and impeding the exercise of the right of peoples to self-determination",
    titleFr:
      "Groupe de travail sur l'utilisation de mercenaires comme moyen de violer les droits de l'homme et d'empêcher l'exercice du droit des peuples à l'autodétermination",
    titleEs:
      "Grupo de Trabajo sobre la utilización de mercenarios como medio de violar los derechos humanos y obstaculizar el ejercicio del derecho de los pueblos a la libre determinación",
    established: 1987, // Special Rapporteur 1987, Working Group since 2005
  },
  {
    slug: "migrants",
    kind: "THEMATIC",
    body: "SPECIAL_RAPPORTEUR",
    titleEn: "Special Rapporteur on the human rights of migrants",
    titleFr: "Rapporteur spécial sur les droits humains des migrants",
    titleEs: "Relator Especial sobre los derechos humanos de los migrantes",
    established: 1999,
  },
  {
    slug: "minority-issues",
    kind: "THEMATIC",
    body: "SPECIAL_RAPPORTEUR",
    titleEn: "Special Rapporteur on minority issues",
    titleFr: "Rapporteur spécial sur les questions relatives aux minorités",
    titleEs: "Relator Especial sobre cuestiones de las minorías",
    established: 2005, // Independent Expert 2005, Special Rapporteur since 2014
  },
  {
    slug: "older-persons",
    kind: "THEMATIC",
    body: "INDEPENDENT_EXPERT",
    titleEn: "Independent Expert on the enjoyment of all human rights by older persons",
    titleFr: "Expert indépendant chargé de promouvoir l'exercice par les personnes âgées de tous les droits de l'homme",
    titleEs: "Experto Independiente sobre el disfrute de todos los derechos humanos por las personas de edad",
    established: 2013,
  },
  {
    slug: "peasants",
    kind: "THEMATIC",
    body: "WORKING_GROUP",
    titleEn: "Working Group on the rights of peasants and other people working in rural areas",
    titleFr: "Groupe de travail sur les droits des paysans et des autres personnes travaillant dans les zones rurales",
    titleEs: "Grupo de Trabajo sobre los derechos de los campesinos y de otras personas que trabajan en las zonas rurales",
    established: 2023,
  },
  {
    slug: "privacy",
    kind: "THEMATIC",
    body: "SPECIAL_RAPPORTEUR",
    titleEn: "Special Rapporteur on the right to privacy",
    titleFr: "Rapporteur spécial sur le droit à la vie privée",
    titleEs: "Relator Especial sobre el derecho a la privacidad",
    established: 2015,
  },
  {
    slug: "racism",
    kind: "THEMATIC",
    body: "SPECIAL_RAPPORTEUR",
    titleEn: "Special Rapporteur on contemporary forms of racism, racial discrimination, xenophobia and related intolerance",
    titleFr:
      "Rapporteur spécial sur les formes contemporaines de racisme, de discrimination raciale, de xénophobie et de l'intolérance qui y est associée",
    titleEs:
      "Relator Especial sobre las formas contemporáneas de racismo, discriminación racial, xenofobia y formas conexas de intolerancia",
    established: 1993,
  },
  {
    slug: "sale-of-children",
    kind: "THEMATIC",
    body: "SPECIAL_RAPPORTEUR",
    titleEn: "Special Rapporteur on the sale, sexual exploitation and sexual abuse of children",
    titleFr: "Rapporteur spécial sur la vente, l'exploitation sexuelle et les abus sexuels d'enfants",
    titleEs: "Relator Especial sobre la venta, la explotación sexual y el abuso sexual de niños",
    established: 1990,
  },
  {
    slug: "slavery",
    kind: "THEMATIC",
    body: "SPECIAL_RAPPORTEUR",
    titleEn: "Special Rapporteur on contemporary forms of slavery, including its causes and consequences",
    titleFr: "Rapporteur spécial sur les formes contemporaines d'esclavage, y compris leurs causes et leurs conséquences",
    titleEs: "Relator Especial sobre las formas contemporáneas de la esclavitud, incluidas sus causas y consecuencias",
    established: 2007,
  },
  {
    slug: "sogi",
    kind: "THEMATIC",
    body: "INDEPENDENT_EXPERT",
    titleEn: "Independent Expert on protection against violence and discrimination based on sexual orientation and gender identity",
    titleFr:
      "Expert indépendant sur la protection contre la violence et la discrimination fondées sur l'orientation sexuelle et l'identité de genre",
    titleEs:
      "Experto Independiente sobre la protección contra la violencia y la discriminación por motivos de orientación sexual o identidad de género",
    established: 2016,
  },
  {
    slug: "torture",
    kind: "THEMATIC",
    body: "SPECIAL_RAPPORTEUR",
    titleEn: "Special Rapporteur on torture and other cruel, inhuman or degrading treatment or punishment",
    titleFr: "Rapporteur spécial sur la torture et autres peines ou traitements cruels, inhumains ou dégradants",
    titleEs: "Relator Especial sobre la tortura y otros tratos o penas crueles, inhumanos o degradantes",
    established: 1985,
  },
  {
    slug: "toxics",
    kind: "THEMATIC",
    body: "SPECIAL_RAPPORTEUR",
    titleEn:
      "Special Rapporteur on the implications for human rights of the environmentally sound management and disposal of hazardous substances and wastes",
    titleFr:
      "Rapporteur spécial sur les incidences sur les droits de l'homme de la gestion et de l'élimination écologiquement rationnelles des produits et déchets dangereux",
    titleEs:
      "Relator Especial sobre las implicaciones para los derechos humanos de la gestión y eliminación ecológicamente racionales de las sustancias y los desechos peligrosos",
    established: 1995,
  },
  {
    slug: "trafficking",
    kind: "THEMATIC",
    body: "SPECIAL_RAPPORTEUR",
    titleEn: "Special Rapporteur on trafficking in persons, especially women and children",
    titleFr: "Rapporteur spécial sur la traite des êtres humains, en particulier les femmes et les enfants",
    titleEs: "Relator Especial sobre la trata de personas, especialmente mujeres y niños",
    established: 2004,
  },
  {
    slug: "truth-justice",
    kind: "THEMATIC",
    body: "SPECIAL_RAPPORTEUR",
    titleEn: "Special Rapporteur on the promotion of truth, justice, reparation and guarantees of non-recurrence",
    titleFr: "Rapporteur spécial sur la promotion de la vérité, de la justice, de la réparation et des garanties de non-répétition",
    titleEs: "Relator Especial sobre la promoción de la verdad, la justicia, la reparación y las garantías de no repetición",
    established: 2011,
  },
  {
    slug: "unilateral-coercive-measures",
    kind: "THEMATIC",
    body: "SPECIAL_RAPPORTEUR",
    titleEn: "Special Rapporteur on the negative impact of unilateral coercive measures on the enjoyment of human rights",
    titleFr: "Rapporteur spécial sur les effets négatifs des mesures coercitives unilatérales sur l'exercice des droits de l'homme",
    titleEs:
      "Relator Especial sobre las repercusiones negativas de las medidas coercitivas unilaterales en el disfrute de los derechos humanos",
    established: 2014,
  },
  {
    slug: "violence-against-women",
    kind: "THEMATIC",
    body: "SPECIAL_RAPPORTEUR",
    titleEn: "Special Rapporteur on violence against women and girls, its causes and consequences",
    titleFr: "Rapporteur spécial sur la violence contre les femmes et les filles, ses causes et ses conséquences",
    titleEs: "Relator Especial sobre la violencia contra las mujeres y las niñas, sus causas y consecuencias",
    established: 1994,
  },
  {
    slug: "water-sanitation",
    kind: "THEMATIC",
    body: "SPECIAL_RAPPORTEUR",
    titleEn: "Special Rapporteur on the human rights to safe drinking water and sanitation",
    titleFr: "Rapporteur spécial sur les droits de l'homme à l'eau potable et à l'assainissement",
    titleEs: "Relator Especial sobre los derechos humanos al agua potable y el saneamiento",
    established: 2008, // Independent Expert 2008, Special Rapporteur since 2011
  },
];

const COUNTRY_MANDATES: MandateData[] = [
  {
    slug: "afghanistan",
    kind: "COUNTRY",
    body: "SPECIAL_RAPPORTEUR",
    titleEn: "Special Rapporteur on the situation of human rights in Afghanistan",
    titleFr: "Rapporteur spécial sur la situation des droits de l'homme en Afghanistan",
    titleEs: "Relator Especial sobre la situación de los derechos humanos en el Afganistán",
    established: 2021,
    countryIso3: "AFG",
  },
  {
    slug: "belarus",
    kind: "COUNTRY",
    body: "SPECIAL_RAPPORTEUR",
    titleEn: "Special Rapporteur on the situation of human rights in Belarus",
    titleFr: "Rapporteur spécial sur la situation des droits de l'homme au Bélarus",
    titleEs: "Relator Especial sobre la situación de los derechos humanos en Belarús",
    established: 2012,
    countryIso3: "BLR",
  },
  {
    slug: "burundi",
    kind: "COUNTRY",
    body: "SPECIAL_RAPPORTEUR",
    titleEn: "Special Rapporteur on the situation of human rights in Burundi",
    titleFr: "Rapporteur spécial sur la situation des droits de l'homme au Burundi",
    titleEs: "Relator Especial sobre la situación de los derechos humanos en Burundi",
    established: 2021,
    countryIso3: "BDI",
  },
  {
    slug: "cambodia",
    kind: "COUNTRY",
    body: "SPECIAL_RAPPORTEUR",
    titleEn: "Special Rapporteur on the situation of human rights in Cambodia",
    titleFr: "Rapporteur spécial sur la situation des droits de l'homme au Cambodge",
    titleEs: "Relator Especial sobre la situación de los derechos humanos en Camboya",
    established: 1993, // Special Representative of the Secretary-General 1993, Special Rapporteur since 2008
    countryIso3: "KHM",
  },
  {
    slug: "central-african-republic",
    kind: "COUNTRY",
    body: "INDEPENDENT_EXPERT",
    titleEn: "Independent Expert on the situation of human rights in the Central African Republic",
    titleFr: "Expert indépendant sur la situation des droits de l'homme en République centrafricaine",
    titleEs: "Experto Independiente sobre la situación de los derechos humanos en la República Centroafricana",
    established: 2013,
    countryIso3: "CAF",
  },
  {
    slug: "dprk",
    kind: "COUNTRY",
    body: "SPECIAL_RAPPORTEUR",
    titleEn: "Special Rapporteur on the situation of human rights in the Democratic People's Republic of Korea",
    titleFr: "Rapporteur spécial sur la situation des droits de l'homme en République populaire démocratique de Corée",
    titleEs: "Relator Especial sobre la situación de los derechos humanos en la República Popular Democrática de Corea",
    established: 2004,
    countryIso3: "PRK",
  },
  {
    slug: "eritrea",
    kind: "COUNTRY",
    body: "SPECIAL_RAPPORTEUR",
    titleEn: "Special Rapporteur on the situation of human rights in Eritrea",
    titleFr: "Rapporteur spécial sur la situation des droits de l'homme en Érythrée",
    titleEs: "Relator Especial sobre la situación de los derechos humanos en Eritrea",
    established: 2012,
    countryIso3: "ERI",
  },
  {
    slug: "iran",
    kind: "COUNTRY",
    body: "SPECIAL_RAPPORTEUR",
    titleEn: "Special Rapporteur on the situation of human rights in the Islamic Republic of Iran",
    titleFr: "Rapporteur spécial sur la situation des droits de l'homme en République islamique d'Iran",
    titleEs: "Relator Especial sobre la situación de los derechos humanos en la República Islámica del Irán",
    established: 2011,
    countryIso3: "IRN",
  },
  {
    // Renewed yearly; last renewal verified: 2024 (HRC res. 55/25). 2025 renewal not verified.
    slug: "mali",
    kind: "COUNTRY",
    body: "INDEPENDENT_EXPERT",
    titleEn: "Independent Expert on the situation of human rights in Mali",
    titleFr: "Expert indépendant sur la situation des droits de l'homme au Mali",
    titleEs: "Experto Independiente sobre la situación de los derechos humanos en Malí",
    established: 2013,
    countryIso3: "MLI",
  },
  {
    slug: "myanmar",
    kind: "COUNTRY",
    body: "SPECIAL_RAPPORTEUR",
    titleEn: "Special Rapporteur on the situation of human rights in Myanmar",
    titleFr: "Rapporteur spécial sur la situation des droits de l'homme au Myanmar",
    titleEs: "Relator Especial sobre la situación de los derechos humanos en Myanmar",
    established: 1992,
    countryIso3: "MMR",
  },
  {
    slug: "opt",
    kind: "COUNTRY",
    body: "SPECIAL_RAPPORTEUR",
    titleEn: "Special Rapporteur on the situation of human rights in the Palestinian territories occupied since 1967",
    titleFr: "Rapporteur spécial sur la situation des droits de l'homme dans les territoires palestiniens occupés depuis 1967",
    titleEs: "Relator Especial sobre la situación de los derechos humanos en los territorios palestinos ocupados desde 1967",
    established: 1993,
    countryIso3: "PSE",
  },
  {
    slug: "russian-federation",
    kind: "COUNTRY",
    body: "SPECIAL_RAPPORTEUR",
    titleEn: "Special Rapporteur on the situation of human rights in the Russian Federation",
    titleFr: "Rapporteur spécial sur la situation des droits de l'homme en Fédération de Russie",
    titleEs: "Relator Especial sobre la situación de los derechos humanos en la Federación de Rusia",
    established: 2022,
    countryIso3: "RUS",
  },
  {
    slug: "somalia",
    kind: "COUNTRY",
    body: "INDEPENDENT_EXPERT",
    titleEn: "Independent Expert on the situation of human rights in Somalia",
    titleFr: "Expert indépendant sur la situation des droits de l'homme en Somalie",
    titleEs: "Experto Independiente sobre la situación de los derechos humanos en Somalia",
    established: 1993,
    countryIso3: "SOM",
  },
  {
    // Created by HRC res. S-18/1 (2011): the Special Rapporteur is to be appointed once the
    // mandate of the Independent International Commission of Inquiry on the Syrian Arab
    // Republic ends; OHCHR counts it among the country mandates but it has not been filled.
    slug: "syria",
    kind: "COUNTRY",
    body: "SPECIAL_RAPPORTEUR",
    titleEn: "Special Rapporteur on the situation of human rights in the Syrian Arab Republic",
    titleFr: "Rapporteur spécial sur la situation des droits de l'homme en République arabe syrienne",
    titleEs: "Relator Especial sobre la situación de los derechos humanos en la República Árabe Siria",
    established: 2011,
    countryIso3: "SYR",
  },
];

/** All current Special Procedures mandates: 46 thematic + 14 country. */
export const MANDATES: MandateData[] = [...THEMATIC_MANDATES, ...COUNTRY_MANDATES];

/**
 * Experts designated by the High Commissioner for Human Rights at the Council's
 * request. They report to the Council but are NOT Special Procedures mandate holders
 * (not appointed by the Council, not counted by OHCHR among the country mandates).
 * Kept apart so the seed can decide whether to include them; `body` is the closest
 * available value.
 */
export const DESIGNATED_EXPERTS: MandateData[] = [
  {
    // Requested by the Council on 4 April 2023 (draft A/HRC/52/L.17/Rev.1); expert designated 12 April 2023.
    // The former Independent Expert on Haiti (1995–2017) was discontinued in 2017.
    slug: "haiti",
    kind: "COUNTRY",
    body: "INDEPENDENT_EXPERT",
    titleEn: "Designated Expert on human rights in Haiti",
    titleFr: "Expert désigné sur les droits de l'homme en Haïti",
    titleEs: "Experto designado sobre los derechos humanos en Haití",
    established: 2023,
    countryIso3: "HTI",
  },
  {
    // HRC res. S-32/1 (November 2021), 50/1 and S-36/1. The earlier Independent Expert
    // on the situation of human rights in the Sudan was discontinued in 2020.
    slug: "sudan",
    kind: "COUNTRY",
    body: "INDEPENDENT_EXPERT",
    titleEn: "Designated Expert on the situation of human rights in the Sudan",
    titleFr: "Expert désigné sur la situation des droits de l'homme au Soudan",
    titleEs: "Experto designado sobre la situación de los derechos humanos en el Sudán",
    established: 2021,
    countryIso3: "SDN",
  },
];
