// The fixed wording of a communication letter in the three working languages, and the joint
// mandates' header ("Mandates of the Special Rapporteur on …; the Working Group on … and …").
// Kept beside the PDF rather than in the UI catalogs: it is the letter's text, not the portal's.
import { GENEVA_TIME_ZONE } from "../core/geneva";

export type LetterLocale = "en" | "fr" | "es";
export type LetterType = "AL" | "UA" | "OL";

const INTL_LOCALE: Record<LetterLocale, string> = { en: "en-GB", fr: "fr-CH", es: "es-ES" };

export const WORDING = {
  en: {
    types: { AL: "Allegation letter", UA: "Urgent appeal", OL: "Other letter" },
    reference: "Reference:",
    noReference: "Draft — the reference is given when the letter is sent",
    place: (date: string) => `Geneva, ${date}`,
    subject: "Subject:",
    replyBy: (deadline: string) => `We would be grateful to receive your reply by ${deadline} (Geneva time).`,
    // R5: the sentence follows the rule the letter is sent under (communications.publishRepliesOnReceipt).
    publication: {
      onReceipt:
        "This communication will be made public in the communications database as soon as a reply is received, together with that reply, and otherwise once the reply period has expired. Any reply will be made public as soon as it is received, in its original language while a translation is pending.",
      afterPeriod:
        "This communication and any reply received by then will be made public in the communications database once the reply period has expired. Any later reply will be made public as soon as it is received, in its original language while a translation is pending.",
    },
    closing: "Please accept the assurances of our highest consideration.",
    page: (n: number, of: number) => `Page ${n} of ${of}`,
  },
  fr: {
    types: { AL: "Lettre d’allégation", UA: "Appel urgent", OL: "Autre lettre" },
    reference: "Référence :",
    noReference: "Projet — la référence est attribuée à l’envoi",
    place: (date: string) => `Genève, le ${date}`,
    subject: "Objet :",
    replyBy: (deadline: string) =>
      `Nous vous serions reconnaissants de nous faire parvenir votre réponse d’ici au ${deadline} (heure de Genève).`,
    publication: {
      onReceipt:
        "La présente communication sera rendue publique dans la base de données des communications dès réception d’une réponse, avec celle-ci, ou à défaut à l’expiration du délai de réponse. Toute réponse sera rendue publique dès sa réception, dans sa langue originale tant que sa traduction est en attente.",
      afterPeriod:
        "La présente communication et toute réponse reçue d’ici là seront rendues publiques dans la base de données des communications à l’expiration du délai de réponse. Toute réponse ultérieure sera rendue publique dès sa réception, dans sa langue originale tant que sa traduction est en attente.",
    },
    closing: "Veuillez agréer l’assurance de notre très haute considération.",
    page: (n: number, of: number) => `Page ${n} sur ${of}`,
  },
  es: {
    types: { AL: "Carta de transmisión de denuncia", UA: "Llamamiento urgente", OL: "Otra carta" },
    reference: "Referencia:",
    noReference: "Borrador — la referencia se asigna al enviar la carta",
    place: (date: string) => `Ginebra, ${date}`,
    subject: "Asunto:",
    replyBy: (deadline: string) => `Le agradeceríamos que nos hiciera llegar su respuesta a más tardar el ${deadline} (hora de Ginebra).`,
    publication: {
      onReceipt:
        "La presente comunicación se hará pública en la base de datos de comunicaciones en cuanto se reciba una respuesta, junto con esta, o en su defecto una vez vencido el plazo de respuesta. Toda respuesta se hará pública en cuanto se reciba, en su idioma original mientras su traducción esté pendiente.",
      afterPeriod:
        "La presente comunicación y toda respuesta recibida hasta entonces se harán públicas en la base de datos de comunicaciones una vez vencido el plazo de respuesta. Toda respuesta posterior se hará pública en cuanto se reciba, en su idioma original mientras su traducción esté pendiente.",
    },
    closing: "Le rogamos acepte la expresión de nuestra más distinguida consideración.",
    page: (n: number, of: number) => `Página ${n} de ${of}`,
  },
} as const;

/** R5: what a letter tells its addressee about publication, by the rule it is sent under. */
export function publicationSentence(locale: LetterLocale, publishRepliesOnReceipt: boolean): string {
  const p = WORDING[locale].publication;
  return publishRepliesOnReceipt ? p.onReceipt : p.afterPeriod;
}

/** "12 March 2026" / "12 mars 2026" / "12 de marzo de 2026", the day in Geneva. */
export function letterDate(date: Date, locale: LetterLocale): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: "long", timeZone: GENEVA_TIME_ZONE }).format(date);
}

/** The reply deadline with its time, in Geneva. */
export function letterDeadline(date: Date, locale: LetterLocale): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: "long", timeStyle: "short", timeZone: GENEVA_TIME_ZONE }).format(date);
}

// French and Spanish need the article to agree with each title; mandate titles are stored without one.
function withArticle(title: string, locale: LetterLocale): string {
  const t = title.trim();
  if (locale === "en") return /^the\s/i.test(t) ? t : `the ${t}`;
  if (locale === "fr") {
    if (/^(du\s|de la\s|de l[’']|des\s)/i.test(t)) return t;
    if (/^[aeiouyhéèêàâîôû]/i.test(t)) return `de l’${t}`;
    return /^(Rapporteuse|Experte|Présidente)\b/i.test(t) ? `de la ${t}` : `du ${t}`;
  }
  if (/^(del|de la|de los|de las)\s/i.test(t)) return t;
  return /^(Relatora|Experta|Presidenta)\b/i.test(t) ? `de la ${t}` : `del ${t}`;
}

/** "Mandates of the A; the B and the C" — the header of a joint letter (one title: "Mandate of …"). */
export function mandatesHeader(titles: string[], locale: LetterLocale): string {
  const parts = titles.map((t) => withArticle(t, locale));
  const lead = { en: ["Mandate of", "Mandates of"], fr: ["Mandat", "Mandats"], es: ["Mandato", "Mandatos"] }[locale];
  const and = { en: " and ", fr: " et ", es: " y " }[locale];
  const sep = locale === "fr" ? " ; " : "; ";
  if (parts.length === 0) return "";
  const list = parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(sep)}${and}${parts.at(-1)!}`;
  return `${parts.length === 1 ? lead[0] : lead[1]} ${list}`;
}
