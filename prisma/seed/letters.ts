// Composes the subject, summary and body of a sample communication in English, French or Spanish
// from the phrase tables. The wording follows the usual shape of Special Procedures letters but is
// generic: no real case, no names (those go to the confidential annex only).
import type { OtherActorKind } from "../../lib/generated/prisma/enums";
import { CONCERNS, GROUPS, MONTHS, type ConcernKey, type GroupKey, type Lang, type T3 } from "./phrases";
import { publicationSentence } from "../../lib/pdf/letter-wording";

export type LetterInput = {
  lang: Lang;
  type: "AL" | "UA" | "OL";
  /** A State (its name in the three languages) or an other actor (its name and kind). */
  addressee: { kind: "STATE"; name: T3 } | { kind: "OTHER_ACTOR"; name: string; actorKind: OtherActorKind };
  titles: T3[];
  plural: boolean;
  concern: ConcernKey;
  group: GroupKey;
  reason: T3;
  followUp: T3;
  place: T3;
  legislation: T3;
  incidentDate: Date;
  /** R5: the publication rule the letter is sent under; its sentence about publication says it. */
  publishRepliesOnReceipt: boolean;
};

export type Letter = { subject: string; summary: string; body: string };

/** French "de" with elision before a vowel (not before an aspirated h: "de harcèlement"). */
function de(word: string): string {
  return /^[aeiouyéèêàâîôû]/i.test(word) ? `d'${word}` : `de ${word}`;
}

const ADDRESSEE_EN: Record<OtherActorKind, string> = {
  BUSINESS: "your company",
  INTERNATIONAL_ORGANISATION: "your organisation",
  ARMED_GROUP: "your movement",
  OTHER: "your authorities",
};
const ADDRESSEE_FR: Record<OtherActorKind, string> = {
  BUSINESS: "de votre entreprise",
  INTERNATIONAL_ORGANISATION: "de votre organisation",
  ARMED_GROUP: "de votre mouvement",
  OTHER: "de vos autorités",
};
const ADDRESSEE_ES: Record<OtherActorKind, string> = {
  BUSINESS: "de su empresa",
  INTERNATIONAL_ORGANISATION: "de su organización",
  ARMED_GROUP: "de su movimiento",
  OTHER: "de sus autoridades",
};

/** Ends a sentence without doubling a final period (as after "Ltd."). */
function end(text: string): string {
  return text.endsWith(".") ? text : `${text}.`;
}

export function composeLetter(x: LetterInput): Letter {
  if (x.lang === "fr") return french(x);
  if (x.lang === "es") return spanish(x);
  return english(x);
}

function english(x: LetterInput): Letter {
  const p = x.plural;
  const we = p ? "we" : "I";
  const We = p ? "We" : "I";
  const our = p ? "our" : "my";
  const label = CONCERNS[x.concern].label.en;
  const group = GROUPS[x.group].en;
  const actor = x.addressee.kind === "OTHER_ACTOR" ? x.addressee : null;
  const state = x.addressee.kind === "STATE";
  const month = `${MONTHS.en[x.incidentDate.getUTCMonth()]} ${x.incidentDate.getUTCFullYear()}`;
  const link = actor ? `in connection with the operations of ${actor.name}` : `reportedly in connection with ${x.reason.en}`;
  const subject =
    x.type === "OL"
      ? `[Sample] Comments on ${x.legislation.en}`
      : actor
        ? `[Sample] Allegations of ${label} linked to the activities of ${actor.name}`
        : `[Sample] Allegations of ${label} concerning ${group}`;
  const summary =
    x.type === "OL"
      ? `Comments on ${x.legislation.en} and its compatibility with international human rights law and standards.`
      : `Information received concerning alleged ${label} affecting ${group} ${end(`${x.place.en}, ${link}`)}`;
  const body: string[] = [
    state ? "Excellency," : "Dear Sir or Madam,",
    `${p ? "We have" : "I have"} the honour to address you in ${our} capacity as ${x.titles.map((t) => t.en).join("; ")}, pursuant to the relevant resolutions of the Human Rights Council.`,
  ];
  const whom = actor ? ADDRESSEE_EN[actor.actorKind] : "your Excellency's Government";
  if (x.type === "OL") {
    body.push(
      `In this connection, ${we} would like to offer comments on ${x.legislation.en}, which ${we} understand is currently under consideration.`,
      `${p ? "We are" : "I am"} concerned that several provisions are vaguely worded and could be applied to restrict the legitimate activities of ${group}, including through ${label}.`,
      `${We} respectfully recommend that the text be reviewed in consultation with civil society, in line with international human rights law and standards.`,
    );
  } else {
    const duty = actor
      ? actor.actorKind === "BUSINESS"
        ? "the responsibility of business enterprises to respect human rights"
        : "international human rights norms and standards"
      : "the obligations of your Excellency's Government under international human rights law";
    body.push(
      `In this connection, ${we} would like to bring to the attention of ${whom} information ${we} have received concerning alleged ${label} affecting ${group} ${end(`${x.place.en}, ${link}`)}`,
      `According to the information received: In ${month}, ${CONCERNS[x.concern].incident.en.replace("{g}", group)}. ${x.followUp.en} The names of the persons concerned are set out in the confidential annex to this letter.`,
      `Without prejudging the accuracy of these allegations, ${we} wish to express serious concern at the reported facts, which, if confirmed, would be inconsistent with ${duty}.` +
        (x.type === "UA"
          ? ` In view of the urgency of the matter, ${we} would appreciate a response on the initial steps taken to protect the rights of the persons concerned.`
          : ""),
    );
  }
  body.push(
    `${We} would be grateful for your observations on the following matters:\n1. Please provide any additional information and comment you may have on the above-mentioned ${x.type === "OL" ? "text" : "allegations"}.\n2. Please provide information on the legal basis of the measures taken and their compatibility with international human rights norms and standards.\n3. Please indicate the measures taken to ensure that ${group} can carry out their legitimate activities in a safe and enabling environment, free from intimidation or reprisals.`,
    `${publicationSentence("en", x.publishRepliesOnReceipt)} They will also subsequently be made available in the usual report to be presented to the Human Rights Council.`,
    `Please accept the assurances of ${our} highest consideration.`,
  );
  return { subject, summary, body: body.join("\n\n") };
}

function french(x: LetterInput): Letter {
  const p = x.plural;
  const label = CONCERNS[x.concern].label.fr;
  const group = GROUPS[x.group].fr;
  const actor = x.addressee.kind === "OTHER_ACTOR" ? x.addressee : null;
  const month = `${MONTHS.fr[x.incidentDate.getUTCMonth()]} ${x.incidentDate.getUTCFullYear()}`;
  const link = actor ? `en lien avec les activités de ${actor.name}` : `apparemment en lien avec ${x.reason.fr}`;
  const subject =
    x.type === "OL"
      ? `[Sample] Observations sur ${x.legislation.fr}`
      : actor
        ? `[Sample] Allégations ${de(label)} liées aux activités de ${actor.name}`
        : `[Sample] Allégations ${de(label)} visant des ${group}`;
  const summary =
    x.type === "OL"
      ? `Observations sur ${x.legislation.fr} et sa compatibilité avec le droit international des droits de l'homme.`
      : `Informations reçues concernant des allégations ${de(label)} visant des ${group} ${end(`${x.place.fr}, ${link}`)}`;
  const body: string[] = [
    actor ? "Madame, Monsieur," : "Excellence,",
    p
      ? `Nous avons l'honneur de nous adresser à vous en notre qualité de ${x.titles.map((t) => t.fr).join(" ; ")}, conformément aux résolutions pertinentes du Conseil des droits de l'homme.`
      : `J'ai l'honneur de m'adresser à vous en ma qualité de ${x.titles[0]!.fr}, conformément aux résolutions pertinentes du Conseil des droits de l'homme.`,
  ];
  const whom = actor ? ADDRESSEE_FR[actor.actorKind] : "du Gouvernement de votre Excellence";
  if (x.type === "OL") {
    body.push(
      `À cet égard, ${p ? "nous souhaiterions" : "je souhaiterais"} formuler des observations sur ${x.legislation.fr}, actuellement à l'examen.`,
      `${p ? "Nous craignons" : "Je crains"} que plusieurs dispositions, rédigées en termes vagues, ne soient utilisées pour restreindre les activités légitimes des ${group}, notamment par des actes ${de(label)}.`,
      `${p ? "Nous recommandons" : "Je recommande"} respectueusement que le texte soit réexaminé en consultation avec la société civile, conformément au droit international des droits de l'homme.`,
    );
  } else {
    const duty = actor
      ? "aux normes internationales relatives aux droits de l'homme"
      : "aux obligations du Gouvernement de votre Excellence au titre du droit international des droits de l'homme";
    body.push(
      `À cet égard, ${p ? "nous souhaiterions" : "je souhaiterais"} attirer l'attention ${whom} sur des informations ${p ? "que nous avons reçues" : "que j'ai reçues"} concernant des allégations ${de(label)} visant des ${group} ${end(`${x.place.fr}, ${link}`)}`,
      `Selon les informations reçues : en ${month}, ${CONCERNS[x.concern].incident.fr.replace("{g}", group)}. ${x.followUp.fr} Les noms des personnes concernées figurent dans l'annexe confidentielle à la présente lettre.`,
      `Sans vouloir préjuger de l'exactitude de ces allégations, ${p ? "nous souhaitons exprimer notre" : "je souhaite exprimer ma"} vive préoccupation face aux faits rapportés qui, s'ils étaient confirmés, seraient contraires ${duty}.` +
        (x.type === "UA"
          ? ` Compte tenu de l'urgence de la situation, ${p ? "nous vous serions reconnaissants de nous informer" : "je vous serais reconnaissant de m'informer"} des premières mesures prises pour protéger les droits des personnes concernées.`
          : ""),
    );
  }
  body.push(
    `${p ? "Nous vous serions reconnaissants" : "Je vous serais reconnaissant"} de bien vouloir faire part de vos observations sur les points suivants :\n1. Veuillez fournir toute information ou tout commentaire complémentaire sur ${x.type === "OL" ? "le texte susmentionné" : "les allégations susmentionnées"}.\n2. Veuillez indiquer le fondement juridique des mesures prises et leur compatibilité avec les normes internationales relatives aux droits de l'homme.\n3. Veuillez indiquer les mesures prises pour que les ${group} puissent mener leurs activités légitimes dans un environnement sûr et favorable, sans crainte d'intimidation ni de représailles.`,
    `${publicationSentence("fr", x.publishRepliesOnReceipt)} Elles figureront également dans le rapport habituel présenté au Conseil des droits de l'homme.`,
    `Veuillez agréer l'assurance de ${p ? "notre" : "ma"} très haute considération.`,
  );
  return { subject, summary, body: body.join("\n\n") };
}

function spanish(x: LetterInput): Letter {
  const p = x.plural;
  const label = CONCERNS[x.concern].label.es;
  const group = GROUPS[x.group].es;
  const actor = x.addressee.kind === "OTHER_ACTOR" ? x.addressee : null;
  const month = `${MONTHS.es[x.incidentDate.getUTCMonth()]} de ${x.incidentDate.getUTCFullYear()}`;
  const link = actor ? `en relación con las actividades de ${actor.name}` : `aparentemente en relación con ${x.reason.es}`;
  const subject =
    x.type === "OL"
      ? `[Sample] Observaciones sobre ${x.legislation.es}`
      : actor
        ? `[Sample] Alegaciones de ${label} vinculadas a las actividades de ${actor.name}`
        : `[Sample] Alegaciones de ${label} contra ${group}`;
  const summary =
    x.type === "OL"
      ? `Observaciones sobre ${x.legislation.es} y su compatibilidad con el derecho internacional de los derechos humanos.`
      : `Información recibida sobre presuntos casos de ${label} contra ${group} ${end(`${x.place.es}, ${link}`)}`;
  const body: string[] = [
    actor ? "Estimados señores:" : "Excelencia:",
    p
      ? `Tenemos el honor de dirigirnos a Usted en nuestra calidad de ${x.titles.map((t) => t.es).join("; ")}, de conformidad con las resoluciones pertinentes del Consejo de Derechos Humanos.`
      : `Tengo el honor de dirigirme a Usted en mi calidad de ${x.titles[0]!.es}, de conformidad con las resoluciones pertinentes del Consejo de Derechos Humanos.`,
  ];
  const whom = actor ? ADDRESSEE_ES[actor.actorKind] : "del Gobierno de Su Excelencia";
  if (x.type === "OL") {
    body.push(
      `En este sentido, ${p ? "quisiéramos" : "quisiera"} formular observaciones sobre ${x.legislation.es}, actualmente en examen.`,
      `${p ? "Nos preocupa" : "Me preocupa"} que varias disposiciones, redactadas en términos vagos, puedan utilizarse para restringir las actividades legítimas de ${group}, incluso mediante actos de ${label}.`,
      `${p ? "Recomendamos" : "Recomiendo"} respetuosamente que el texto se revise en consulta con la sociedad civil, de conformidad con el derecho internacional de los derechos humanos.`,
    );
  } else {
    const duty = actor
      ? "a las normas internacionales de derechos humanos"
      : "a las obligaciones del Gobierno de Su Excelencia en virtud del derecho internacional de los derechos humanos";
    body.push(
      `En este sentido, ${p ? "quisiéramos" : "quisiera"} señalar a la atención ${whom} la información ${p ? "que hemos" : "que he"} recibido sobre presuntos casos de ${label} contra ${group} ${end(`${x.place.es}, ${link}`)}`,
      `Según la información recibida: en ${month}, ${CONCERNS[x.concern].incident.es.replace("{g}", group)}. ${x.followUp.es} Los nombres de las personas afectadas figuran en el anexo confidencial de la presente carta.`,
      `Sin prejuzgar la exactitud de estas alegaciones, ${p ? "deseamos expresar nuestra" : "deseo expresar mi"} grave preocupación por los hechos denunciados que, de confirmarse, serían contrarios ${duty}.` +
        (x.type === "UA"
          ? ` Dada la urgencia del asunto, ${p ? "agradeceríamos" : "agradecería"} recibir información sobre las medidas iniciales adoptadas para proteger los derechos de las personas afectadas.`
          : ""),
    );
  }
  body.push(
    `${p ? "Agradeceríamos" : "Agradecería"} recibir sus observaciones sobre las siguientes cuestiones:\n1. Sírvase proporcionar cualquier información o comentario adicional en relación con ${x.type === "OL" ? "el texto mencionado" : "las alegaciones mencionadas"}.\n2. Sírvase indicar el fundamento jurídico de las medidas adoptadas y su compatibilidad con las normas internacionales de derechos humanos.\n3. Sírvase indicar las medidas adoptadas para que ${group} puedan llevar a cabo sus actividades legítimas en un entorno seguro y propicio, sin temor a intimidaciones o represalias.`,
    `${publicationSentence("es", x.publishRepliesOnReceipt)} También estarán disponibles posteriormente en el informe habitual que se presentará al Consejo de Derechos Humanos.`,
    `${actor ? "Reciba" : "Acepte, Excelencia,"} el testimonio de ${p ? "nuestra" : "mi"} más distinguida consideración.`,
  );
  return { subject, summary, body: body.join("\n\n") };
}
