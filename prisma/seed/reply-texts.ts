// Bodies of sample replies from States (the six UN languages, and Norwegian and German: a State may
// reply in any language, R5) and other actors. Generic wording.
import type { Rng } from "./random";

export type ReplyLang = "en" | "fr" | "es" | "ru" | "ar" | "zh" | "no" | "de";
/** Languages whose sample replies are a fixed text with an English translation. */
type TranslatedLang = "ru" | "ar" | "zh" | "no" | "de";

const POINTS = {
  en: [
    "The competent authorities have opened an investigation into the allegations, which is ongoing.",
    "The persons concerned were released on bail and the proceedings against them are pending before the courts.",
    "The Government considers the allegations to be unfounded and notes that the measures taken were lawful, necessary and proportionate.",
    "The legislation referred to is being revised in consultation with civil society organisations.",
    "The authorities met with representatives of the community concerned and a compensation scheme is being prepared.",
    "The national human rights institution has been asked to examine the matter and to report on its findings.",
  ],
  fr: [
    "Les autorités compétentes ont ouvert une enquête sur les allégations, qui est en cours.",
    "Les personnes concernées ont été remises en liberté sous caution et les procédures engagées contre elles sont pendantes devant les tribunaux.",
    "Le Gouvernement considère que les allégations sont dénuées de fondement et souligne que les mesures prises étaient légales, nécessaires et proportionnées.",
    "La législation mentionnée est en cours de révision en consultation avec les organisations de la société civile.",
    "Les autorités ont rencontré les représentants de la communauté concernée et un mécanisme d'indemnisation est en préparation.",
    "L'institution nationale des droits de l'homme a été saisie de la question et fera rapport sur ses conclusions.",
  ],
  es: [
    "Las autoridades competentes han abierto una investigación sobre las alegaciones, que sigue en curso.",
    "Las personas afectadas fueron puestas en libertad bajo fianza y los procedimientos en su contra siguen pendientes ante los tribunales.",
    "El Gobierno considera que las alegaciones carecen de fundamento y señala que las medidas adoptadas fueron legales, necesarias y proporcionadas.",
    "La legislación mencionada se está revisando en consulta con las organizaciones de la sociedad civil.",
    "Las autoridades se reunieron con representantes de la comunidad afectada y se está preparando un plan de indemnización.",
    "Se ha solicitado a la institución nacional de derechos humanos que examine el asunto e informe de sus conclusiones.",
  ],
};

const ACTOR_POINTS = [
  "An independent human rights impact assessment of the operations concerned has been commissioned and its findings will be shared.",
  "The allegations were examined by our internal grievance mechanism, which found no evidence of wrongdoing.",
  "We have suspended the activities in question pending consultations with the affected community.",
  "We remain committed to the Guiding Principles on Business and Human Rights and to dialogue with the mandate holders.",
];

/** Fixed texts in Russian, Arabic, Chinese, Norwegian and German, with their English translation. */
const OTHER_LANGS: Record<TranslatedLang, (ref: string) => string> = {
  ru: (ref) =>
    `Постоянное представительство при Отделении Организации Объединённых Наций в Женеве свидетельствует своё уважение Управлению Верховного комиссара Организации Объединённых Наций по правам человека и, ссылаясь на сообщение ${ref}, имеет честь препроводить следующую информацию. Компетентные органы провели проверку изложенных сведений. Правительство подтверждает свою приверженность конструктивному сотрудничеству со специальными процедурами Совета по правам человека.`,
  ar: (ref) =>
    `تهدي البعثة الدائمة لدى مكتب الأمم المتحدة في جنيف تحياتها إلى مفوضية الأمم المتحدة السامية لحقوق الإنسان، وبالإشارة إلى البلاغ ${ref}، تتشرف بأن تحيل المعلومات التالية. وقد أجرت السلطات المختصة تحقيقاً في المعلومات الواردة. وتؤكد الحكومة التزامها بالتعاون البنّاء مع الإجراءات الخاصة لمجلس حقوق الإنسان.`,
  zh: (ref) =>
    `常驻联合国日内瓦办事处代表团向联合国人权事务高级专员办事处致意，并谨就来文${ref}转递以下资料。主管当局已对所述情况进行了核查。政府重申致力于与人权理事会特别程序开展建设性合作。`,
  no: (ref) =>
    `Den faste delegasjonen ved FNs kontor i Genève hilser FNs høykommissær for menneskerettigheter og har, med henvisning til kommunikasjon ${ref}, den ære å oversende følgende opplysninger. Vedkommende myndigheter har gjennomgått opplysningene som ble gitt. Regjeringen bekrefter sin forpliktelse til et konstruktivt samarbeid med Menneskerettighetsrådets spesialprosedyrer.`,
  de: (ref) =>
    `Die Ständige Vertretung beim Büro der Vereinten Nationen in Genf beehrt sich, dem Büro des Hohen Kommissars der Vereinten Nationen für Menschenrechte unter Bezugnahme auf die Mitteilung ${ref} die folgenden Informationen zu übermitteln. Die zuständigen Behörden haben die vorgelegten Informationen geprüft. Die Regierung bekräftigt ihr Engagement für eine konstruktive Zusammenarbeit mit den Sonderverfahren des Menschenrechtsrats.`,
};

const translationOf = (ref: string) =>
  `The Permanent Mission to the United Nations Office at Geneva presents its compliments to the Office of the United Nations High Commissioner for Human Rights and, with reference to communication ${ref}, has the honour to transmit the following information. The competent authorities have reviewed the information provided. The Government reaffirms its commitment to constructive cooperation with the special procedures of the Human Rights Council.`;

export function stateReplyBody(
  rng: Rng,
  lang: ReplyLang,
  stateName: { en: string; fr: string; es: string },
  ref: string,
  followUp: boolean,
): { body: string; translation: string | null } {
  if (lang !== "en" && lang !== "fr" && lang !== "es") return { body: OTHER_LANGS[lang](ref), translation: translationOf(ref) };
  const [a, b] = rng.sample(POINTS[lang], 2);
  if (lang === "fr") {
    const opening = followUp
      ? `Comme suite à sa note précédente relative à la communication ${ref}, la Mission permanente de ${stateName.fr} a l'honneur de transmettre des informations complémentaires.`
      : `La Mission permanente de ${stateName.fr} auprès de l'Office des Nations Unies à Genève présente ses compliments au Haut-Commissariat des Nations Unies aux droits de l'homme et, se référant à la communication ${ref}, a l'honneur de transmettre la réponse suivante du Gouvernement.`;
    return {
      body: `${opening} ${a} ${b} Le Gouvernement réaffirme sa volonté de coopérer de manière constructive avec les procédures spéciales du Conseil des droits de l'homme.`,
      translation: null,
    };
  }
  if (lang === "es") {
    const opening = followUp
      ? `En seguimiento de su nota anterior relativa a la comunicación ${ref}, la Misión Permanente de ${stateName.es} tiene el honor de transmitir información adicional.`
      : `La Misión Permanente de ${stateName.es} ante la Oficina de las Naciones Unidas en Ginebra saluda atentamente a la Oficina del Alto Comisionado de las Naciones Unidas para los Derechos Humanos y, en relación con la comunicación ${ref}, tiene el honor de transmitir la siguiente respuesta del Gobierno.`;
    return {
      body: `${opening} ${a} ${b} El Gobierno reitera su compromiso de cooperar de manera constructiva con los procedimientos especiales del Consejo de Derechos Humanos.`,
      translation: null,
    };
  }
  const opening = followUp
    ? `Further to its previous note concerning communication ${ref}, the Permanent Mission of ${stateName.en} has the honour to transmit additional information.`
    : `The Permanent Mission of ${stateName.en} to the United Nations Office at Geneva presents its compliments to the Office of the United Nations High Commissioner for Human Rights and, with reference to communication ${ref}, has the honour to transmit the following response of the Government.`;
  return {
    body: `${opening} ${a} ${b} The Government reiterates its commitment to constructive cooperation with the special procedures of the Human Rights Council.`,
    translation: null,
  };
}

export function actorReplyBody(rng: Rng, actorName: string, ref: string): string {
  const [a, b] = rng.sample(ACTOR_POINTS, 2);
  return `${actorName} acknowledges receipt of communication ${ref} and wishes to provide the following response. ${a} ${b}`;
}
