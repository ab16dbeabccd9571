import { z } from "zod";
import { Role } from "../generated/prisma/enums";
import { newPasswordSchema } from "../auth/password";
import { DEFAULT_LOCALE, LOCALES } from "../i18n/config";

const optionalId = z
  .string()
  .trim()
  .transform((v) => (v === "" ? null : v))
  .pipe(z.uuid().nullable());

/**
 * Adding a user. The binding a role needs is required here and re-checked against the database. No
 * password: the person chooses their own through the invitation mailed in `locale`.
 */
export const createUserSchema = z
  .object({
    name: z.string().trim().min(2).max(120),
    email: z.string().trim().toLowerCase().email(),
    role: z.enum(Role),
    locale: z.enum(LOCALES).default(DEFAULT_LOCALE),
    stateId: optionalId.default(null),
    mandateHolderId: optionalId.default(null),
    organisation: z
      .string()
      .trim()
      .max(200)
      .optional()
      .transform((v) => v || null),
  })
  .superRefine((v, ctx) => {
    if (v.role === "STATE" && !v.stateId) ctx.addIssue({ code: "custom", path: ["stateId"], message: "users.stateRequired" });
    if (v.role === "MANDATE_HOLDER" && !v.mandateHolderId)
      ctx.addIssue({ code: "custom", path: ["mandateHolderId"], message: "users.holderRequired" });
  });
export type CreateUserInput = z.infer<typeof createUserSchema>;

export const setUserActiveSchema = z.object({
  userId: z.uuid(),
  active: z.enum(["true", "false"]).transform((v) => v === "true"),
});
export type SetUserActiveInput = z.infer<typeof setUserActiveSchema>;

/** Switching an account's password sign-in off (single sign-on only) or on again. */
export const setPasswordSignInSchema = z.object({
  userId: z.uuid(),
  disabled: z.enum(["true", "false"]).transform((v) => v === "true"),
});
export type SetPasswordSignInInput = z.infer<typeof setPasswordSignInSchema>;

/** Forgetting the identity provider's person an account is linked to (lib/users/unlink-sso.ts). */
export const unlinkSsoSchema = z.object({ userId: z.uuid() });
export type UnlinkSsoInput = z.infer<typeof unlinkSsoSchema>;

/** Changing one's own password: the current one, and the new one twice. */
export const changeOwnPasswordSchema = z
  .object({
    currentPassword: z.string().min(1).max(200),
    newPassword: newPasswordSchema,
    confirmPassword: z.string().max(200),
  })
  .superRefine((v, ctx) => {
    if (v.newPassword !== v.confirmPassword) ctx.addIssue({ code: "custom", path: ["confirmPassword"], message: "users.passwordsDiffer" });
  });
export type ChangeOwnPasswordInput = z.infer<typeof changeOwnPasswordSchema>;

/** An invitation link's token: 32 random bytes in base64url (lib/users/invitation-token.ts). */
export const INVITATION_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** Setting one's password through an invitation link: the token from the link, the password twice. */
export const acceptInvitationSchema = z
  .object({
    token: z.string().regex(INVITATION_TOKEN_PATTERN, { message: "invitation.invalid" }),
    newPassword: newPasswordSchema,
    confirmPassword: z.string().max(200),
  })
  .superRefine((v, ctx) => {
    if (v.newPassword !== v.confirmPassword) ctx.addIssue({ code: "custom", path: ["confirmPassword"], message: "users.passwordsDiffer" });
  });
export type AcceptInvitationInput = z.infer<typeof acceptInvitationSchema>;

/** "others": every session but the one in use; else the id of one of the user's own sessions. */
export const endSessionsSchema = z.object({ sessionId: z.union([z.literal("others"), z.string().regex(/^[A-Za-z0-9_-]{20,64}$/)]) });
export type EndSessionsInput = z.infer<typeof endSessionsSchema>;

/** Mailing a new invitation link to an account that has not chosen its password yet. */
export const resendInvitationSchema = z.object({ userId: z.uuid() });
export type ResendInvitationInput = z.infer<typeof resendInvitationSchema>;

/** "Forgot your password?": the address of the account. */
export const requestPasswordResetSchema = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .max(200)
    .pipe(z.email({ message: "signIn.emailInvalid" })),
});
export type RequestPasswordResetInput = z.infer<typeof requestPasswordResetSchema>;

/** Setting a new password through a password-reset link: the token from the link, the password twice. */
export const resetPasswordSchema = z
  .object({
    token: z.string().regex(INVITATION_TOKEN_PATTERN, { message: "passwordReset.invalid" }),
    newPassword: newPasswordSchema,
    confirmPassword: z.string().max(200),
  })
  .superRefine((v, ctx) => {
    if (v.newPassword !== v.confirmPassword) ctx.addIssue({ code: "custom", path: ["confirmPassword"], message: "users.passwordsDiffer" });
  });
export type ResetPasswordInput = z.infer<typeof resetPasswordSchema>;
