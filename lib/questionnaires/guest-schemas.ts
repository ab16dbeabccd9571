import { z } from "zod";
import { HONEYPOT_FIELD } from "../core/honeypot";
import { INVITATION_TOKEN_PATTERN } from "../users/schemas";

// Answers from people without an account (issue 17, item 3). The answers themselves are read per
// question ("answer.<id>"), as in the signed-in form (./schemas.ts, responseSchema).

const checkbox = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());

export const guestAnswerSchema = z.object({
  questionnaireId: z.uuid(),
  guestName: z.string().trim().min(2).max(200),
  guestEmail: z
    .string()
    .trim()
    .toLowerCase()
    .max(200)
    .pipe(z.email({ message: "guestAnswers.emailInvalid" })),
  mayPublish: checkbox,
  [HONEYPOT_FIELD]: z.string().max(500).optional(),
});
export type GuestAnswerInput = z.infer<typeof guestAnswerSchema>;

/** The token of the link mailed to a guest. */
export const confirmGuestAnswerSchema = z.object({
  token: z.string().regex(INVITATION_TOKEN_PATTERN, { message: "guestAnswers.invalid" }),
});
export type ConfirmGuestAnswerInput = z.infer<typeof confirmGuestAnswerSchema>;

/** The secretariat lets a call take answers from guests, or no longer. */
export const setGuestAnswersSchema = z.object({
  questionnaireId: z.uuid(),
  acceptsGuestAnswers: z.enum(["true", "false"]).transform((v) => v === "true"),
});
export type SetGuestAnswersInput = z.infer<typeof setGuestAnswersSchema>;
