import { z } from "zod";
import { COMMITTEE_ROLES } from "./roles";

/** The years the Committee's records may concern: the Special Procedures' Coordination Committee dates from 2005. */
export const COMMITTEE_FIRST_YEAR = 2005;
export const committeeYearSchema = z.coerce.number().int().min(COMMITTEE_FIRST_YEAR).max(2100);

/** A year from the query string; anything odd means none (the page then shows the current year). */
export const committeeYearParam = committeeYearSchema.optional().catch(undefined);

/** The secretariat seats a holder on a year's Committee, or changes its role there. */
export const membershipSchema = z.object({
  year: committeeYearSchema,
  mandateHolderId: z.uuid("committee.holderRequired"),
  role: z.enum(COMMITTEE_ROLES),
});
export type MembershipInput = z.infer<typeof membershipSchema>;

export const membershipIdSchema = z.object({ membershipId: z.uuid() });

const optionalId = z
  .uuid()
  .optional()
  .or(z.literal("").transform(() => undefined));

/** Drafting a joint statement: title and Markdown text, as a press release. */
export const statementDraftSchema = z.object({
  statementId: optionalId,
  title: z.string().trim().min(5).max(300),
  body: z.string().trim().min(20).max(50_000),
});
export type StatementDraftInput = z.infer<typeof statementDraftSchema>;

export const statementIdSchema = z.object({ statementId: z.uuid() });
