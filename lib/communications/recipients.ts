// Who a letter, its reminder and its follow-up letters go to. R2: the mission's generic address, with
// a copy to its active focal point and to each copied State's mission and focal point. Used by
// dispatch-communication.ts and by lib/follow-up.
//
// Language (issue 15, item 3): one mail goes to all of them, in the addressee mission's language
// (State.locale). The copies — focal point, copied States — read the addressee's mail as it was sent,
// as they would read a copy of a note verbale; a mail per language would be several letters. A letter
// to an other actor (a company, an armed group…) is written in English.
import { mailLocale, mailName, mailTranslator, type MailLocale } from "../i18n/mail-locale";
import { NAME_FIELDS } from "../i18n/localized";

const activeFocalPoints = { where: { active: true }, select: { email: true } } as const;

/**
 * What a mail to a Permanent Mission needs of its State (R2): its names for the text, the mission's
 * language, its generic address and its active focal points for the copy. Every step that writes to a
 * mission selects this.
 */
export const missionMailSelect = {
  id: true,
  ...NAME_FIELDS,
  locale: true,
  missionName: true,
  missionEmail: true,
  focalPoints: activeFocalPoints,
} as const;

/** Prisma `select` for the addressee and copies of a Communication, as communicationRecipients needs. */
export const recipientSelect = {
  addresseeState: { select: missionMailSelect },
  addresseeOtherActor: { select: { name: true, email: true } },
  copies: { select: { state: { select: { missionEmail: true, focalPoints: activeFocalPoints } } } },
} as const;

type FocalPoints = { focalPoints: { email: string }[] };
type AddresseeState = {
  nameEn: string;
  nameFr?: string;
  nameEs?: string;
  nameAr?: string;
  nameZh?: string;
  nameRu?: string;
  /** The mission's language; English when not loaded. */
  locale?: string;
  missionName: string | null;
  missionEmail: string | null;
} & FocalPoints;
export type RecipientSource = {
  addresseeState: AddresseeState | null;
  addresseeOtherActor: { name: string; email: string | null } | null;
  copies: { state: { missionEmail: string | null } & FocalPoints }[];
};

/** The language the letter's mail is written in: the addressee mission's, else English. */
export function recipientLocale(c: Pick<RecipientSource, "addresseeState">): MailLocale {
  return mailLocale(c.addresseeState?.locale);
}

/** "Permanent Mission of Norway" in the mission's language, unless the mission has its own name. */
export function missionAddressee(state: AddresseeState, locale: MailLocale = mailLocale(state.locale)): string {
  if (state.missionName) return state.missionName;
  const name = mailName(
    {
      nameEn: state.nameEn,
      nameFr: state.nameFr ?? state.nameEn,
      nameEs: state.nameEs ?? state.nameEn,
      nameAr: state.nameAr ?? state.nameEn,
      nameZh: state.nameZh ?? state.nameEn,
      nameRu: state.nameRu ?? state.nameEn,
    },
    "name",
    locale,
  );
  return mailTranslator(locale, "mailText").t("missionName", { state: name });
}

export function communicationRecipients(c: RecipientSource): { to: string[]; cc: string[]; addressee: string } {
  const to = [c.addresseeState?.missionEmail ?? c.addresseeOtherActor?.email].filter((e): e is string => !!e?.trim());
  const cc = [
    ...(c.addresseeState?.focalPoints.map((f) => f.email) ?? []),
    ...c.copies.flatMap((copy) => [copy.state.missionEmail, ...copy.state.focalPoints.map((f) => f.email)]),
  ].filter((e): e is string => !!e?.trim());
  const addressee = c.addresseeState ? missionAddressee(c.addresseeState) : (c.addresseeOtherActor?.name ?? "");
  return { to, cc, addressee };
}
