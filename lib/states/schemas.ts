import { z } from "zod";
import { MAIL_LOCALES } from "../i18n/mail-languages";

/** The mission's mail language (one of the six UN languages); the secretariat names the State. */
export const missionLanguageSchema = z.object({
  stateId: z.uuid().optional(),
  locale: z.enum(MAIL_LOCALES),
});
export type MissionLanguageInput = z.infer<typeof missionLanguageSchema>;
