// Answers from people without an account (issue 17, item 3): when a call may take them, and until when
// the link confirming a guest's e-mail works. Pure.
import type { QuestionKind, QuestionnaireAudience } from "../generated/prisma/enums";

/** How long a guest's confirmation link works at most (never past the call's deadline). */
export const GUEST_CONFIRMATION_VALIDITY_MS = 72 * 3_600_000;

/**
 * A call may accept guests when it is addressed to civil society (States answer through their
 * missions' accounts) and asks for no file it requires: a guest's answer carries text and choices only.
 */
export function guestAnswersPossible(q: {
  audience: QuestionnaireAudience;
  questions: { kind: QuestionKind; required: boolean }[];
}): boolean {
  if (q.audience === "STATES") return false;
  return !q.questions.some((x) => x.kind === "FILE_UPLOAD" && x.required);
}

/** The guest's answer counts only if confirmed before the deadline: the link expires then at the latest. */
export function guestConfirmationExpiry(now: Date, deadline: Date): Date {
  return new Date(Math.min(now.getTime() + GUEST_CONFIRMATION_VALIDITY_MS, deadline.getTime()));
}
