import { localized } from "@/lib/i18n/localized";
import { GENEVA_TIME_ZONE } from "@/lib/core/geneva";

type Names = { nameEn: string; nameFr: string; nameEs: string; nameAr: string; nameZh: string; nameRu: string };

/** The addressee as the report names it: the State in the reader's language, or the other actor. */
export function addresseeName(c: { addresseeState: Names | null; addresseeOtherActor: { name: string } | null }, locale: string): string {
  return c.addresseeState ? localized(c.addresseeState, "name", locale) : (c.addresseeOtherActor?.name ?? "");
}

/** Report dates are Geneva calendar days, whatever the reader's zone. */
export const GENEVA_DAY = { dateStyle: "medium", timeZone: GENEVA_TIME_ZONE } as const;
