import { z } from "zod";
import { REGIONAL_GROUPS } from "./regional-groups";

// Forms of the Coordination Committee's space (issue 18, item 5): induction, vacancies, the
// Consultative Group, former holders' engagement, external resources. Messages are catalog keys.

const isoDate = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "committeePeople.dateRequired")
  .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)), "committeePeople.dateRequired")
  .transform((v) => new Date(`${v}T00:00:00Z`));
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "committeePeople.tooLong")
    .optional()
    .transform((v) => (v ? v : null));
const text = (min: number, max: number, message: string) => z.string().trim().min(min, message).max(max, "committeePeople.tooLong");
/** The years the portal's records cover. */
export const FIRST_YEAR = 2006;
export const LAST_YEAR = 2100;
const year = z.coerce
  .number({ message: "committeePeople.yearRequired" })
  .int()
  .min(FIRST_YEAR, "committeePeople.yearRequired")
  .max(LAST_YEAR, "committeePeople.yearRequired");

const inductionSessionFields = z.object({
  title: text(3, 200, "committeePeople.titleRequired"),
  startsOn: isoDate,
  endsOn: z.preprocess((v) => (v === "" ? undefined : v), isoDate.optional()),
  location: text(2, 200, "committeePeople.locationRequired"),
  outline: text(10, 5000, "committeePeople.outlineRequired"),
});
const endNotBeforeStart = { message: "committeePeople.endBeforeStart", path: ["endsOn"] };
export const inductionSessionSchema = inductionSessionFields.refine((s) => !s.endsOn || s.endsOn >= s.startsOn, endNotBeforeStart);
export type InductionSessionInput = z.infer<typeof inductionSessionSchema>;
/** The secretariat corrects a session: the same fields, and which session. */
export const inductionSessionUpdateSchema = inductionSessionFields
  .extend({ id: z.uuid() })
  .refine((s) => !s.endsOn || s.endsOn >= s.startsOn, endNotBeforeStart);
export type InductionSessionUpdateInput = z.infer<typeof inductionSessionUpdateSchema>;

/**
 * A material: a title and either a link (https) or an uploaded file (the form's `file`, checked by
 * lib/files when stored: add-induction-material.ts). The link is optional here for that reason.
 */
export const inductionMaterialSchema = z.object({
  sessionId: z.uuid("committeePeople.sessionRequired"),
  title: text(3, 200, "committeePeople.titleRequired"),
  url: z
    .string()
    .trim()
    .max(2000, "committeePeople.tooLong")
    .refine((v) => v === "" || (/^https:\/\/[^\s]+$/.test(v) && URL.canParse(v)), "committeePeople.urlInvalid")
    .optional()
    .transform((v) => (v ? v : null)),
});
export type InductionMaterialInput = z.infer<typeof inductionMaterialSchema>;

export const vacancyRecordSchema = z.object({
  tenureId: z.uuid("committeePeople.vacancyRequired"),
  appointmentSession: z.preprocess(
    (v) => (v === "" || v === undefined ? null : v),
    z.coerce
      .number({ message: "committeePeople.sessionNumberInvalid" })
      .int()
      .min(1, "committeePeople.sessionNumberInvalid")
      .max(500, "committeePeople.sessionNumberInvalid")
      .nullable(),
  ),
  shortlist: optionalText(2000),
  appointedName: optionalText(200),
});
export type VacancyRecordInput = z.infer<typeof vacancyRecordSchema>;

export const consultativeGroupMemberSchema = z.object({
  year,
  name: text(2, 200, "committeePeople.nameRequired"),
  regionalGroup: z.enum(REGIONAL_GROUPS, {
    message: "committeePeople.regionalGroupRequired",
  }),
});
export type ConsultativeGroupMemberInput = z.infer<typeof consultativeGroupMemberSchema>;

/** The former holder and the mandate they held, chosen together in one field ("holderId:mandateId"). */
export const engagementSchema = z.object({
  formerHolder: z
    .string()
    .regex(/^[0-9a-f-]{36}:[0-9a-f-]{36}$/i, "committeePeople.formerHolderRequired")
    .transform((v) => {
      const [mandateHolderId, mandateId] = v.split(":") as [string, string];
      return { mandateHolderId, mandateId };
    }),
  activity: text(5, 2000, "committeePeople.activityRequired"),
  occurredOn: isoDate,
});
export type EngagementInput = z.infer<typeof engagementSchema>;

export const externalResourceSchema = z
  .object({
    mandateId: z.uuid("committeePeople.mandateRequired"),
    year,
    source: text(2, 300, "committeePeople.sourceRequired"),
    amountUsd: z.preprocess(
      (v) => (typeof v === "string" ? v.replace(/[\s,'’]/g, "") : v) || null,
      z.coerce
        .number({ message: "committeePeople.amountInvalid" })
        .int("committeePeople.amountInvalid")
        .min(1, "committeePeople.amountInvalid")
        .max(1_000_000_000, "committeePeople.amountInvalid")
        .nullable(),
    ),
    inKind: optionalText(1000),
    purpose: text(5, 1000, "committeePeople.purposeRequired"),
  })
  .refine((r) => r.amountUsd !== null || r.inKind !== null, { message: "committeePeople.amountOrInKind", path: ["amountUsd"] });
export type ExternalResourceInput = z.infer<typeof externalResourceSchema>;
/** The secretariat corrects a declaration: the same fields, and which declaration. */
export const externalResourceUpdateSchema = z.object({ id: z.uuid() }).and(externalResourceSchema);
export type ExternalResourceUpdateInput = z.infer<typeof externalResourceUpdateSchema>;

export const idSchema = z.object({ id: z.uuid() });

/** The public list's filters: a year and a mandate's slug; anything odd means no filter. */
export const resourceFilterSchema = z.object({
  year: z.coerce.number().int().min(FIRST_YEAR).max(LAST_YEAR).optional().catch(undefined),
  mandate: z
    .string()
    .regex(/^[a-z0-9-]{1,120}$/)
    .optional()
    .catch(undefined),
});
