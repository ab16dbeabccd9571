// Phrase tables (English, French, Spanish) from which sample letters are composed. Generic wording,
// no real cases. `{g}` stands for the group of people concerned.
export type Lang = "en" | "fr" | "es";
export type T3 = Record<Lang, string>;

const t = (en: string, fr: string, es: string): T3 => ({ en, fr, es });

export const CONCERNS = {
  detention: {
    label: t("arbitrary arrest and detention", "arrestation et détention arbitraires", "detención arbitraria"),
    incident: t(
      "several {g} were arrested without a warrant by security forces and have since been held without access to a lawyer of their choosing",
      "plusieurs {g} auraient été arrêtés sans mandat par les forces de sécurité et seraient depuis détenus sans accès à un avocat de leur choix",
      "varios {g} habrían sido detenidos sin orden judicial por las fuerzas de seguridad y permanecerían recluidos sin acceso a un abogado de su elección",
    ),
  },
  threats: {
    label: t("threats, harassment and surveillance", "menaces, harcèlement et surveillance", "amenazas, hostigamiento y vigilancia"),
    incident: t(
      "{g} reportedly received repeated threats by telephone and on social media, and were followed by unidentified individuals",
      "des {g} auraient reçu des menaces répétées par téléphone et sur les réseaux sociaux, et auraient été suivis par des individus non identifiés",
      "{g} habrían recibido amenazas reiteradas por teléfono y en redes sociales, y habrían sido seguidos por personas no identificadas",
    ),
  },
  killing: {
    label: t("killing and death threats", "meurtre et menaces de mort", "asesinato y amenazas de muerte"),
    incident: t(
      "a member of a group of {g} was shot dead by unidentified assailants, after having received death threats that had been reported to the police",
      "un membre d'un groupe de {g} aurait été abattu par des assaillants non identifiés, après avoir reçu des menaces de mort signalées à la police",
      "un integrante de un grupo de {g} habría sido asesinado a tiros por atacantes no identificados, tras haber recibido amenazas de muerte denunciadas ante la policía",
    ),
  },
  disappearance: {
    label: t("enforced disappearance", "disparition forcée", "desaparición forzada"),
    incident: t(
      "two {g} were taken from their homes by men in plain clothes who identified themselves as police officers; the authorities have since denied holding them and their whereabouts remain unknown",
      "deux {g} auraient été emmenés de leur domicile par des hommes en civil se présentant comme des policiers ; les autorités nieraient les détenir et on ignore où ils se trouvent",
      "dos {g} habrían sido sacados de sus domicilios por hombres vestidos de civil que se identificaron como policías; las autoridades niegan tenerlos bajo custodia y se desconoce su paradero",
    ),
  },
  torture: {
    label: t("torture and ill-treatment in custody", "torture et mauvais traitements en détention", "tortura y malos tratos bajo custodia"),
    incident: t(
      "{g} held in pre-trial detention were reportedly beaten during interrogation and denied medical care for their injuries",
      "des {g} placés en détention provisoire auraient été frappés pendant leur interrogatoire et privés de soins médicaux",
      "{g} en prisión preventiva habrían sido golpeados durante los interrogatorios y privados de atención médica",
    ),
  },
  assembly: {
    label: t(
      "excessive use of force against peaceful protesters",
      "usage excessif de la force contre des manifestants pacifiques",
      "uso excesivo de la fuerza contra manifestantes pacíficos",
    ),
    incident: t(
      "law enforcement officials used tear gas, batons and rubber bullets to disperse a peaceful demonstration organised by {g}, injuring dozens of participants",
      "les forces de l'ordre auraient fait usage de gaz lacrymogène, de matraques et de balles en caoutchouc pour disperser une manifestation pacifique organisée par des {g}, blessant des dizaines de participants",
      "agentes del orden habrían utilizado gas lacrimógeno, porras y balas de goma para dispersar una manifestación pacífica organizada por {g}, dejando decenas de heridos",
    ),
  },
  prosecution: {
    label: t("judicial harassment", "harcèlement judiciaire", "hostigamiento judicial"),
    incident: t(
      'criminal charges of "spreading false information" and "undermining public order" were brought against {g} on account of their public statements',
      "des poursuites pénales pour « diffusion de fausses informations » et « atteinte à l'ordre public » auraient été engagées contre des {g} en raison de leurs déclarations publiques",
      "se habrían presentado cargos penales por «difusión de información falsa» y «alteración del orden público» contra {g} a raíz de sus declaraciones públicas",
    ),
  },
  eviction: {
    label: t("forced eviction", "expulsion forcée", "desalojo forzoso"),
    incident: t(
      "some 300 families, among them {g}, were evicted from their homes without prior consultation, adequate notice or an offer of alternative housing",
      "quelque 300 familles, dont des {g}, auraient été expulsées de leur logement sans consultation préalable, préavis suffisant ni proposition de relogement",
      "unas 300 familias, entre ellas {g}, habrían sido desalojadas de sus viviendas sin consulta previa, notificación adecuada ni ofrecimiento de una vivienda alternativa",
    ),
  },
  land: {
    label: t(
      "land acquisition without free, prior and informed consent",
      "acquisition de terres sans consentement préalable, libre et éclairé",
      "adquisición de tierras sin consentimiento libre, previo e informado",
    ),
    incident: t(
      "land traditionally used by {g} was allocated to a large-scale extractive project without their free, prior and informed consent",
      "des terres traditionnellement utilisées par des {g} auraient été attribuées à un grand projet extractif sans leur consentement préalable, libre et éclairé",
      "tierras utilizadas tradicionalmente por {g} habrían sido asignadas a un proyecto extractivo a gran escala sin su consentimiento libre, previo e informado",
    ),
  },
  pollution: {
    label: t("environmental contamination", "contamination de l'environnement", "contaminación ambiental"),
    incident: t(
      "effluent from an industrial site contaminated the river on which {g} depend for drinking water, and cases of skin disease and respiratory illness have since been reported",
      "les effluents d'un site industriel auraient contaminé la rivière dont dépendent des {g} pour leur eau potable, et des cas de maladies de la peau et de maladies respiratoires auraient été signalés",
      "los efluentes de una instalación industrial habrían contaminado el río del que dependen {g} para obtener agua potable, y se habrían registrado casos de enfermedades cutáneas y respiratorias",
    ),
  },
  discrimination: {
    label: t("discriminatory treatment", "traitement discriminatoire", "trato discriminatorio"),
    incident: t(
      "{g} were denied identity documents and access to public services on discriminatory grounds",
      "des {g} se seraient vu refuser des documents d'identité et l'accès aux services publics pour des motifs discriminatoires",
      "a {g} se les habrían negado documentos de identidad y el acceso a servicios públicos por motivos discriminatorios",
    ),
  },
  deportation: {
    label: t("collective expulsion and refoulement", "expulsion collective et refoulement", "expulsión colectiva y devolución"),
    incident: t(
      "a group of {g} was returned across the border without an individual assessment of their protection needs",
      "un groupe de {g} aurait été renvoyé de l'autre côté de la frontière sans évaluation individuelle de ses besoins de protection",
      "un grupo de {g} habría sido devuelto al otro lado de la frontera sin una evaluación individual de sus necesidades de protección",
    ),
  },
  labour: {
    label: t(
      "forced labour and unsafe working conditions",
      "travail forcé et conditions de travail dangereuses",
      "trabajo forzoso y condiciones laborales inseguras",
    ),
    incident: t(
      "{g} employed at a production site were reportedly made to work up to 16 hours a day, had their identity documents confiscated and were prevented from leaving",
      "des {g} employés sur un site de production auraient été contraints de travailler jusqu'à 16 heures par jour, privés de leurs documents d'identité et empêchés de partir",
      "{g} empleados en un centro de producción habrían sido obligados a trabajar hasta 16 horas diarias, se les habrían confiscado sus documentos de identidad y se les habría impedido marcharse",
    ),
  },
  online: {
    label: t(
      "restrictions on online expression and internet shutdowns",
      "restrictions de l'expression en ligne et coupures d'internet",
      "restricciones a la expresión en línea y cortes de internet",
    ),
    incident: t(
      "access to the internet and to messaging applications was shut down for several days, and {g} who had posted footage of the events were summoned for questioning",
      "l'accès à internet et aux messageries aurait été coupé pendant plusieurs jours, et des {g} ayant publié des images des événements auraient été convoqués pour interrogatoire",
      "el acceso a internet y a las aplicaciones de mensajería habría sido bloqueado durante varios días, y {g} que habían publicado imágenes de los hechos habrían sido citados a declarar",
    ),
  },
  gbv: {
    label: t("gender-based violence", "violence fondée sur le genre", "violencia de género"),
    incident: t(
      "{g} were subjected to sexual and gender-based violence, and the police refused to register their complaints",
      "des {g} auraient subi des violences sexuelles et fondées sur le genre, et la police aurait refusé d'enregistrer leurs plaintes",
      "{g} habrían sido víctimas de violencia sexual y de género, y la policía se habría negado a registrar sus denuncias",
    ),
  },
  services: {
    label: t(
      "denial of access to essential services",
      "privation d'accès aux services essentiels",
      "denegación de acceso a servicios esenciales",
    ),
    incident: t(
      "{g} living in the affected area have been without access to safe water, health care and schooling for several months",
      "des {g} vivant dans la zone touchée seraient privés d'accès à l'eau potable, aux soins de santé et à l'école depuis plusieurs mois",
      "{g} que viven en la zona afectada llevarían varios meses sin acceso a agua potable, atención médica ni escolarización",
    ),
  },
} satisfies Record<string, { label: T3; incident: T3 }>;

export type ConcernKey = keyof typeof CONCERNS;

export const GROUPS = {
  hrd: t("human rights defenders", "défenseurs des droits humains", "defensores de derechos humanos"),
  whrd: t("women human rights defenders", "défenseures des droits humains", "defensoras de derechos humanos"),
  journalists: t("journalists", "journalistes", "periodistas"),
  indigenous: t("members of an Indigenous community", "membres d'une communauté autochtone", "miembros de una comunidad indígena"),
  unionists: t("trade unionists", "syndicalistes", "sindicalistas"),
  migrantWorkers: t("migrant workers", "travailleurs migrants", "trabajadores migrantes"),
  envDefenders: t("environmental defenders", "défenseurs de l'environnement", "defensores del medio ambiente"),
  students: t("students", "étudiants", "estudiantes"),
  lawyers: t("lawyers", "avocats", "abogados"),
  religious: t("members of a religious minority", "membres d'une minorité religieuse", "miembros de una minoría religiosa"),
  minority: t("members of a national minority", "membres d'une minorité nationale", "miembros de una minoría nacional"),
  disabled: t("persons with disabilities", "personnes handicapées", "personas con discapacidad"),
  residents: t("residents of an informal settlement", "habitants d'un quartier informel", "residentes de un asentamiento informal"),
  farmers: t("small-scale farmers", "petits agriculteurs", "pequeños agricultores"),
  opposition: t("members of an opposition party", "membres d'un parti d'opposition", "miembros de un partido de oposición"),
  lgbti: t("LGBTI activists", "militants LGBTI", "activistas LGBTI"),
  children: t("children", "enfants", "niños y niñas"),
  women: t("women and girls", "femmes et filles", "mujeres y niñas"),
  older: t("older persons", "personnes âgées", "personas mayores"),
  asylum: t("asylum seekers", "demandeurs d'asile", "solicitantes de asilo"),
  leaders: t("community leaders", "responsables communautaires", "líderes comunitarios"),
  afro: t("people of African descent", "personnes d'ascendance africaine", "afrodescendientes"),
} satisfies Record<string, T3>;

export type GroupKey = keyof typeof GROUPS;

type Focus = [ConcernKey[], GroupKey[]];
const DEFAULT_FOCUS: Focus = [
  ["detention", "threats", "torture", "assembly", "prosecution", "killing"],
  ["hrd", "journalists", "opposition", "students", "lawyers", "leaders"],
];

/** What a mandate typically writes about: concerns and groups of people concerned. */
const MANDATE_FOCUS: Record<string, Focus> = {
  "hr-defenders": [
    ["threats", "prosecution", "detention", "killing"],
    ["hrd", "whrd", "envDefenders", "leaders", "lawyers"],
  ],
  "freedom-of-expression": [
    ["online", "prosecution", "detention", "threats"],
    ["journalists", "hrd", "students", "opposition"],
  ],
  "assembly-association": [
    ["assembly", "prosecution", "detention"],
    ["unionists", "students", "hrd", "opposition"],
  ],
  "arbitrary-detention": [["detention"], ["hrd", "journalists", "opposition", "students", "asylum"]],
  torture: [
    ["torture", "detention"],
    ["opposition", "students", "minority", "asylum"],
  ],
  executions: [["killing"], ["leaders", "envDefenders", "journalists", "indigenous"]],
  "enforced-disappearances": [["disappearance"], ["hrd", "students", "opposition", "leaders"]],
  "independence-judges-lawyers": [["prosecution", "threats"], ["lawyers"]],
  "counter-terrorism": [
    ["prosecution", "detention", "online"],
    ["hrd", "journalists", "minority"],
  ],
  privacy: [
    ["online", "threats"],
    ["journalists", "hrd", "lgbti"],
  ],
  "freedom-of-religion": [["discrimination", "detention"], ["religious"]],
  migrants: [
    ["deportation", "detention", "labour"],
    ["migrantWorkers", "asylum", "children"],
  ],
  idps: [
    ["services", "eviction"],
    ["residents", "children", "older"],
  ],
  "indigenous-peoples": [
    ["land", "pollution", "threats"],
    ["indigenous", "leaders"],
  ],
  "business-human-rights": [
    ["land", "pollution", "labour"],
    ["indigenous", "unionists", "farmers", "residents"],
  ],
  environment: [
    ["pollution", "land", "threats"],
    ["envDefenders", "indigenous", "farmers", "residents"],
  ],
  toxics: [["pollution"], ["residents", "farmers", "children"]],
  "climate-change": [
    ["eviction", "services", "threats"],
    ["farmers", "indigenous", "envDefenders"],
  ],
  "violence-against-women": [["gbv"], ["women", "whrd"]],
  "discrimination-women-girls": [
    ["discrimination", "gbv"],
    ["women", "whrd"],
  ],
  sogi: [["discrimination", "threats", "gbv"], ["lgbti"]],
  housing: [["eviction"], ["residents", "older"]],
  health: [
    ["services", "discrimination"],
    ["residents", "disabled", "older"],
  ],
  "water-sanitation": [
    ["services", "pollution"],
    ["residents", "farmers"],
  ],
  food: [
    ["services", "land"],
    ["farmers", "children"],
  ],
  education: [
    ["services", "discrimination"],
    ["children", "students"],
  ],
  "extreme-poverty": [["services", "eviction"], ["residents"]],
  disability: [["discrimination", "services"], ["disabled"]],
  "older-persons": [["services", "discrimination"], ["older"]],
  albinism: [
    ["killing", "discrimination"],
    ["children", "disabled"],
  ],
  leprosy: [["discrimination"], ["residents"]],
  "unilateral-coercive-measures": [["services"], ["residents", "children"]],
  slavery: [["labour"], ["migrantWorkers", "children", "women"]],
  trafficking: [
    ["labour", "gbv"],
    ["migrantWorkers", "women", "children"],
  ],
  "sale-of-children": [["gbv", "labour"], ["children"]],
  "minority-issues": [
    ["discrimination", "assembly"],
    ["minority", "religious"],
  ],
  racism: [
    ["discrimination", "assembly"],
    ["minority", "migrantWorkers", "afro"],
  ],
  "african-descent": [["discrimination", "torture"], ["afro"]],
  peasants: [["land", "eviction"], ["farmers"]],
  "cultural-rights": [
    ["discrimination", "prosecution"],
    ["minority", "indigenous", "students"],
  ],
  "truth-justice": [
    ["disappearance", "threats"],
    ["leaders", "hrd"],
  ],
  mercenaries: [
    ["killing", "torture"],
    ["residents", "leaders"],
  ],
};

export function focusOf(slug: string): Focus {
  return MANDATE_FOCUS[slug] ?? DEFAULT_FOCUS;
}

/** Subjects of "other letters" (OL) on legislation and policy. */
export const LEGISLATION: T3[] = [
  t(
    "the draft law on the registration and funding of non-governmental organisations",
    "le projet de loi sur l'enregistrement et le financement des organisations non gouvernementales",
    "el proyecto de ley sobre el registro y la financiación de las organizaciones no gubernamentales",
  ),
  t("the draft counter-terrorism bill", "le projet de loi antiterroriste", "el proyecto de ley antiterrorista"),
  t(
    'the amendments to the criminal code on defamation and "false news"',
    "les modifications du code pénal relatives à la diffamation et aux « fausses nouvelles »",
    "las reformas del código penal sobre difamación y «noticias falsas»",
  ),
  t("the draft law on public assemblies", "le projet de loi sur les rassemblements publics", "el proyecto de ley sobre reuniones públicas"),
  t("the draft cybercrime law", "le projet de loi sur la cybercriminalité", "el proyecto de ley sobre ciberdelincuencia"),
  t("the proposed amendments to the mining code", "le projet de modification du code minier", "la propuesta de reforma del código minero"),
  t("the draft migration and asylum law", "le projet de loi sur les migrations et l'asile", "el proyecto de ley de migración y asilo"),
  t(
    "the draft law on digital identity and biometric data",
    "le projet de loi sur l'identité numérique et les données biométriques",
    "el proyecto de ley sobre identidad digital y datos biométricos",
  ),
  t("the draft land and property law", "le projet de loi foncière", "el proyecto de ley de tierras y propiedad"),
  t('the draft law on "foreign agents"', "le projet de loi sur les « agents étrangers »", "el proyecto de ley sobre «agentes extranjeros»"),
];

export const REASONS: T3[] = [
  t(
    "their peaceful human rights work",
    "leur travail pacifique en faveur des droits humains",
    "su labor pacífica en defensa de los derechos humanos",
  ),
  t(
    "their reporting on matters of public interest",
    "leurs reportages sur des questions d'intérêt public",
    "su labor informativa sobre asuntos de interés público",
  ),
  t(
    "their opposition to a large-scale development project",
    "leur opposition à un grand projet d'aménagement",
    "su oposición a un proyecto de desarrollo a gran escala",
  ),
  t(
    "their participation in peaceful protests",
    "leur participation à des manifestations pacifiques",
    "su participación en protestas pacíficas",
  ),
  t("their legal representation of victims", "leur représentation juridique de victimes", "su representación legal de víctimas"),
];

export const REPRISAL_REASON = t(
  "their cooperation with the United Nations and its human rights mechanisms",
  "leur coopération avec l'Organisation des Nations Unies et ses mécanismes de protection des droits humains",
  "su cooperación con las Naciones Unidas y sus mecanismos de derechos humanos",
);

export const FOLLOW_UPS: T3[] = [
  t(
    "A complaint filed with the competent authorities has reportedly not been investigated.",
    "Une plainte déposée auprès des autorités compétentes n'aurait donné lieu à aucune enquête.",
    "Una denuncia presentada ante las autoridades competentes no habría sido investigada.",
  ),
  t(
    "Requests by the persons concerned for information on the measures taken have reportedly gone unanswered.",
    "Les demandes d'information des personnes concernées sur les mesures prises seraient restées sans réponse.",
    "Las solicitudes de información de las personas afectadas sobre las medidas adoptadas no habrían recibido respuesta.",
  ),
  t(
    "The persons concerned had previously been subjected to surveillance and online smear campaigns.",
    "Les personnes concernées auraient auparavant fait l'objet de surveillance et de campagnes de dénigrement en ligne.",
    "Las personas afectadas habrían sido objeto previamente de vigilancia y de campañas de desprestigio en línea.",
  ),
  t(
    "Local authorities reportedly refused to meet with representatives of the affected community.",
    "Les autorités locales auraient refusé de rencontrer les représentants de la communauté touchée.",
    "Las autoridades locales se habrían negado a reunirse con representantes de la comunidad afectada.",
  ),
];

export const PLACES: T3[] = [
  t("in the capital", "dans la capitale", "en la capital"),
  t("in the northern region", "dans la région du Nord", "en la región norte"),
  t("in a border province", "dans une province frontalière", "en una provincia fronteriza"),
  t("in a coastal district", "dans un district côtier", "en un distrito costero"),
  t("in a rural municipality", "dans une commune rurale", "en un municipio rural"),
];

export const MONTHS: Record<Lang, string[]> = {
  en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
  fr: ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
  es: ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
};
