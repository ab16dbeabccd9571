import { z } from "zod";
import { newPasswordSchema } from "../auth/password";
import { INVITATION_TOKEN_PATTERN } from "../users/schemas";
import { HONEYPOT_FIELD } from "../core/honeypot";
import { REFUSAL_REASON_MIN_LENGTH, websiteUrl } from "./rules";

// Forms of organisation accounts (issue 17, item 3): the public registration, the e-mail
// confirmation, the secretariat's decision, and an organisation administrator's member management.

const email = z
  .string()
  .trim()
  .toLowerCase()
  .max(200)
  .pipe(z.email({ message: "organisations.emailInvalid" }));
const booleanField = z.enum(["true", "false"]).transform((v) => v === "true");

/**
 * An organisation registers: its name, country (a State of the list) and website, the contact person
 * who will hold its first account, and that account's password (the rule of lib/auth/password.ts),
 * twice. The honeypot field travels too (lib/core/honeypot.ts): the action looks at it, never the lib.
 */
export const registerOrganisationSchema = z
  .object({
    name: z.string().trim().min(2).max(200),
    countryId: z.uuid({ message: "organisations.countryRequired" }),
    website: z
      .string()
      .max(500)
      .transform((v, ctx) => {
        const url = websiteUrl(v);
        if (!url) ctx.addIssue({ code: "custom", message: "organisations.websiteInvalid" });
        return url ?? "";
      }),
    contactName: z.string().trim().min(2).max(120),
    contactEmail: email,
    newPassword: newPasswordSchema,
    confirmPassword: z.string().max(200),
    [HONEYPOT_FIELD]: z.string().max(500).optional(),
  })
  .superRefine((v, ctx) => {
    if (v.newPassword !== v.confirmPassword) ctx.addIssue({ code: "custom", path: ["confirmPassword"], message: "users.passwordsDiffer" });
  });
export type RegisterOrganisationInput = z.infer<typeof registerOrganisationSchema>;

/** The token of the link mailed to a registration's contact. */
export const confirmEmailSchema = z.object({
  token: z.string().regex(INVITATION_TOKEN_PATTERN, { message: "organisations.confirmInvalid" }),
});
export type ConfirmEmailInput = z.infer<typeof confirmEmailSchema>;

/** The secretariat approves a registration, or refuses it with a reason told to the organisation. */
export const decideOrganisationSchema = z
  .object({
    organisationId: z.uuid(),
    decision: z.enum(["approve", "refuse"]),
    reason: z
      .string()
      .trim()
      .max(2000)
      .optional()
      .transform((v) => v || null),
  })
  .superRefine((v, ctx) => {
    if (v.decision === "refuse" && (v.reason ?? "").length < REFUSAL_REASON_MIN_LENGTH)
      ctx.addIssue({ code: "custom", path: ["reason"], message: "organisations.reasonRequired" });
  });
export type DecideOrganisationInput = z.infer<typeof decideOrganisationSchema>;

/** An organisation's administrator invites a member: name and e-mail (the organisation is its own). */
export const inviteMemberSchema = z.object({ name: z.string().trim().min(2).max(120), email });
export type InviteMemberInput = z.infer<typeof inviteMemberSchema>;

/** Removing a member (its account is deactivated) or bringing it back. */
export const setMemberActiveSchema = z.object({ userId: z.uuid(), active: booleanField });
export type SetMemberActiveInput = z.infer<typeof setMemberActiveSchema>;

/** Making a member an administrator of the organisation, or no longer. */
export const setMemberAdminSchema = z.object({ userId: z.uuid(), organisationAdmin: booleanField });
export type SetMemberAdminInput = z.infer<typeof setMemberAdminSchema>;
