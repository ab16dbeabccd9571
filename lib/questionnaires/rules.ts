// Pure rules of questionnaires and calls for input (R12): the minimum response window, the maximum
// number of questions and their recorded exceptions; who may answer; when answers become public.
import { genevaInstantOf, genevaInstant, inGeneva } from "../core/geneva";
import type { QuestionKind, QuestionnaireStatus } from "../generated/prisma/enums";

export const DAY_MS = 24 * 60 * 60 * 1000;
export const WEEK_MS = 7 * DAY_MS;
/** An exception to R12 needs a real explanation, not "ok". */
export const EXCEPTION_JUSTIFICATION_MIN_LENGTH = 20;

/** Statuses of a call that has been issued (approved): listed publicly once its opening date has come. */
export const ISSUED_STATUSES: readonly QuestionnaireStatus[] = ["OPEN", "CLOSED"];

export type RuleException = "window" | "questions";

export type CreationDecision =
  | { kind: "allowed"; exceptions: RuleException[] }
  | { kind: "justification-required"; exceptions: RuleException[] }
  | { kind: "invalid-dates" };

/**
 * R12: a call gives at least `minWindowWeeks` between opening and deadline and asks at most
 * `maxQuestions` questions. Either may be exceeded only with a recorded justification. A deadline
 * that is not after the opening is never allowed.
 */
export function creationDecision(opts: {
  opensAt: Date;
  deadline: Date;
  questionCount: number;
  minWindowWeeks: number;
  maxQuestions: number;
  justification?: string | null;
}): CreationDecision {
  if (opts.deadline.getTime() <= opts.opensAt.getTime()) return { kind: "invalid-dates" };
  const exceptions: RuleException[] = [];
  if (opts.deadline.getTime() - opts.opensAt.getTime() < opts.minWindowWeeks * WEEK_MS) exceptions.push("window");
  if (opts.questionCount > opts.maxQuestions) exceptions.push("questions");
  if (exceptions.length === 0) return { kind: "allowed", exceptions };
  const justification = opts.justification?.trim() ?? "";
  if (justification.length < EXCEPTION_JUSTIFICATION_MIN_LENGTH) return { kind: "justification-required", exceptions };
  return { kind: "allowed", exceptions };
}

/** A calendar date (yyyy-mm-dd) in Geneva: the opening at 00:00, the deadline at 23:59:59 that day. */
export function genevaStartOfDay(date: string): Date {
  return genevaInstantOf(date, "00:00:00");
}
export function genevaEndOfDay(date: string): Date {
  return genevaInstantOf(date, "23:59:59");
}

/** A call takes answers between its opening and its deadline, once issued and while not closed early. */
export function acceptsAnswers(q: { status: QuestionnaireStatus; opensAt: Date; deadline: Date }, now: Date): boolean {
  return q.status === "OPEN" && q.opensAt.getTime() <= now.getTime() && now.getTime() < q.deadline.getTime();
}

/** Shown on the public page: issued, and its opening date has come. */
export function isPublicCall(q: { status: QuestionnaireStatus; opensAt: Date }, now: Date): boolean {
  return ISSUED_STATUSES.includes(q.status) && q.opensAt.getTime() <= now.getTime();
}

/** R12: an answer is published under its call only if its author allowed it, it was submitted, and the deadline has passed. */
export function answerIsPublic(
  q: { status: QuestionnaireStatus; opensAt: Date; deadline: Date },
  r: { mayPublish: boolean; submittedAt: Date | null },
  now: Date,
): boolean {
  return isPublicCall(q, now) && r.mayPublish && r.submittedAt !== null && now.getTime() >= q.deadline.getTime();
}

export const SHORT_TEXT_MAX = 500;
export const LONG_TEXT_MAX = 20_000;

export type QuestionRule = { id: string; kind: QuestionKind; choices: string[]; required: boolean };
/** Stored answers: text or choice per question id; for a file question, the ids of its attachments. */
export type Answers = Record<string, string | string[]>;

/**
 * Checks what a respondent sent against the questions. A draft may be incomplete; a submission must
 * answer every required question (`filesPerQuestion` counts the files a file question holds after
 * this save). Errors are message keys under "answer.<questionId>".
 */
export function checkAnswers(
  questions: QuestionRule[],
  raw: Record<string, string | string[] | undefined>,
  opts: { final: boolean; filesPerQuestion: Record<string, number> },
): { answers: Answers; fieldErrors: Record<string, string[]> } {
  const answers: Answers = {};
  const fieldErrors: Record<string, string[]> = {};
  for (const q of questions) {
    const key = `answer.${q.id}`;
    const value = raw[q.id];
    const list = (value === undefined ? [] : Array.isArray(value) ? value : [value]).map((v) => v.trim()).filter(Boolean);
    switch (q.kind) {
      case "SHORT_TEXT":
      case "LONG_TEXT": {
        const text = list.join("\n");
        const max = q.kind === "SHORT_TEXT" ? SHORT_TEXT_MAX : LONG_TEXT_MAX;
        if (text.length > max) fieldErrors[key] = ["questionnaires.answerTooLong"];
        else if (text) answers[q.id] = text;
        break;
      }
      case "SINGLE_CHOICE":
        if (list.length > 1 || (list[0] !== undefined && !q.choices.includes(list[0]))) fieldErrors[key] = ["questionnaires.choiceInvalid"];
        else if (list[0] !== undefined) answers[q.id] = list[0];
        break;
      case "MULTIPLE_CHOICE":
        if (list.some((v) => !q.choices.includes(v))) fieldErrors[key] = ["questionnaires.choiceInvalid"];
        else if (list.length) answers[q.id] = [...new Set(list)];
        break;
      case "FILE_UPLOAD":
        break; // files are handled by the caller, which knows the stored attachments
    }
    if (!fieldErrors[key] && opts.final && q.required) {
      const answered = q.kind === "FILE_UPLOAD" ? (opts.filesPerQuestion[q.id] ?? 0) > 0 : answers[q.id] !== undefined;
      if (!answered) fieldErrors[key] = ["questionnaires.answerRequired"];
    }
  }
  return { answers, fieldErrors };
}

/** R12 fatigue: a call counts as "received" by a State in the 12 months before now. */
export function fatigueSince(now: Date): Date {
  const z = inGeneva(now);
  return genevaInstant(z.getFullYear() - 1, z.getMonth(), z.getDate(), z.getHours(), z.getMinutes(), z.getSeconds());
}
