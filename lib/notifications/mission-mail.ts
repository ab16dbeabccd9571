import "server-only";
import type { TransactionClient } from "../db/types";
import { enqueueMail, getBusinessHours } from "../platform/enqueue-mail";
import { portalBaseUrl } from "../communications/letter-text";
import { missionMailSelect } from "../communications/recipients";
import type { NotificationKind } from "./kinds";
import type { BusinessHours } from "../platform/business-hours";
import { notificationMail, type NotificationParams } from "./mail-text";
import { mailName, mailTranslator } from "../i18n/mail-locale";

/**
 * R2: a notice to a State goes to its Permanent Mission's generic address with its active focal point
 * in copy, in the mission's language (State.locale: one mail, the focal point reads the mission's
 * language), not urgent (R1). Used by the steps that have no mail of their own for the mission (a call for input
 * issued to it, the holder accepting its dates). Null when the mission has neither address nor focal point.
 */
export const missionSelect = missionMailSelect;
type Mission = {
  nameEn: string;
  nameFr: string;
  nameEs: string;
  nameAr: string;
  nameZh: string;
  nameRu: string;
  locale: string;
  missionName: string | null;
  missionEmail: string | null;
  focalPoints: { email: string }[];
};

export async function mailMission(
  tx: TransactionClient,
  o: {
    stateId: string;
    kind: NotificationKind;
    params: NotificationParams;
    link: string;
    now: Date;
    /** Already loaded (missionSelect), for a step that tells many States at once. */
    state?: Mission;
    businessHours?: BusinessHours;
  },
): Promise<string | null> {
  const state = o.state ?? (await tx.state.findUniqueOrThrow({ where: { id: o.stateId }, select: missionSelect }));
  const focal = state.focalPoints.map((f) => f.email);
  const to = state.missionEmail ? [state.missionEmail] : focal;
  if (to.length === 0) return null;
  const { locale, t } = mailTranslator(state.locale, "mailText");
  const text = notificationMail({
    locale,
    name: state.missionName ?? t("missionName", { state: mailName(state, "name", locale) }),
    kind: o.kind,
    params: o.params,
    link: o.link,
    baseUrl: portalBaseUrl(),
  });
  const m = await enqueueMail(tx, {
    to,
    cc: focal,
    ...text,
    urgent: false,
    kind: `notification.${o.kind}`,
    now: o.now,
    businessHours: o.businessHours ?? (await getBusinessHours(tx)),
  });
  return m.id;
}
