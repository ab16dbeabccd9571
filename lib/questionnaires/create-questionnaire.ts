import "server-only";
import { z } from "zod";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertCan, can } from "../auth/policy";
import { mayProposeFor } from "../auth/questionnaires-policy";
import { AppError } from "../core/errors";
import { now as clockNow } from "../core/clock";
import { writeAudit } from "../platform/write-audit";
import { CALL_TRANSACTION, notifyCallIssued } from "./notify-call";
import { getSettings } from "../platform/get-settings";
import { genevaDate } from "../core/geneva";
import { creationDecision, genevaEndOfDay, genevaStartOfDay } from "./rules";
import { questionSchema, QUESTIONS_HARD_MAX, type QuestionInput, type QuestionnaireInput } from "./schemas";

/** The question editor's JSON, each question checked on its own so its error shows next to it. */
export function parseQuestions(json: string): { questions: QuestionInput[]; fieldErrors: Record<string, string[]> } {
  let raw: unknown;
  try {
    raw = JSON.parse(json || "[]");
  } catch {
    return { questions: [], fieldErrors: { questions: ["questionnaires.questionsInvalid"] } };
  }
  if (!Array.isArray(raw)) return { questions: [], fieldErrors: { questions: ["questionnaires.questionsInvalid"] } };
  const fieldErrors: Record<string, string[]> = {};
  if (raw.length === 0) fieldErrors.questions = ["questionnaires.questionsRequired"];
  if (raw.length > QUESTIONS_HARD_MAX) fieldErrors.questions = ["questionnaires.questionsHardMax"];
  const questions: QuestionInput[] = [];
  raw.slice(0, QUESTIONS_HARD_MAX).forEach((q, i) => {
    const parsed = questionSchema.safeParse(q);
    if (parsed.success) questions.push(parsed.data);
    else {
      const flat = z.flattenError(parsed.error);
      for (const [field, messages] of Object.entries(flat.fieldErrors)) {
        fieldErrors[`questions.${i}.${field}`] = (messages as string[]).map((m) =>
          m.startsWith("questionnaires.") ? m : "questionnaires.questionInvalid",
        );
      }
      if (flat.formErrors.length) fieldErrors[`questions.${i}.text`] = ["questionnaires.questionInvalid"];
    }
  });
  return { questions, fieldErrors };
}

/**
 * The secretariat creates a call (issued at once), or a mandate holder proposes one for mandates it
 * serves (it waits for the secretariat's approval). R12: the response window and the number of
 * questions are checked against the settings; an exception is kept with its justification and audited.
 */
export async function createQuestionnaire({ actor, input }: { actor: Actor; input: QuestionnaireInput }) {
  const bySecretariat = can(actor, "questionnaire:create");
  if (!bySecretariat) assertCan(actor, "questionnaire:propose");
  if (!mayProposeFor(actor, input.mandateIds)) {
    throw new AppError("INVALID_INPUT", "Not your mandate", { mandateIds: ["questionnaires.mandateNotYours"] });
  }
  const now = clockNow();
  const { questions, fieldErrors } = parseQuestions(input.questions);
  const opensAt = genevaStartOfDay(input.opensOn);
  const deadline = genevaEndOfDay(input.deadlineOn);
  if (input.opensOn < genevaDate(now)) fieldErrors.opensOn = ["questionnaires.opensInPast"];
  if (input.audience !== "CIVIL_SOCIETY" && input.targetMode === "selected" && input.targetStateIds.length === 0) {
    fieldErrors.targetStateIds = ["questionnaires.targetsRequired"];
  }
  const settings = await getSettings();
  const minWindowWeeks = settings["questionnaires.minWindowWeeks"];
  const maxQuestions = settings["questionnaires.maxQuestions"];
  const decision = creationDecision({
    opensAt,
    deadline,
    questionCount: questions.length,
    minWindowWeeks,
    maxQuestions,
    justification: input.exceptionJustification,
  });
  if (decision.kind === "invalid-dates") fieldErrors.deadlineOn = ["questionnaires.deadlineBeforeOpening"];
  if (decision.kind === "justification-required") {
    fieldErrors.exceptionJustification = decision.exceptions.map((e) =>
      e === "window" ? "questionnaires.windowTooShort" : "questionnaires.tooManyQuestions",
    );
  }
  if (Object.keys(fieldErrors).length) throw new AppError("INVALID_INPUT", "Invalid questionnaire", fieldErrors);
  const exceptions = decision.kind === "allowed" ? decision.exceptions : [];

  return prisma.$transaction(async (tx) => {
    const [mandates, themes, report] = await Promise.all([
      tx.mandate.count({ where: { id: { in: input.mandateIds }, active: true } }),
      tx.theme.count({ where: { id: { in: input.themeIds } } }),
      input.reportId
        ? tx.report.findFirst({ where: { id: input.reportId, mandateId: { in: input.mandateIds } }, select: { id: true } })
        : null,
    ]);
    if (mandates !== input.mandateIds.length)
      throw new AppError("INVALID_INPUT", "Unknown mandate", { mandateIds: ["questionnaires.mandateRequired"] });
    if (themes !== input.themeIds.length)
      throw new AppError("INVALID_INPUT", "Unknown theme", { themeIds: ["questionnaires.themeInvalid"] });
    if (input.reportId && !report) throw new AppError("INVALID_INPUT", "Unknown report", { reportId: ["questionnaires.reportInvalid"] });
    let stateIds: string[] = [];
    if (input.audience !== "CIVIL_SOCIETY") {
      const states = await tx.state.findMany({
        where: input.targetMode === "all" ? {} : { id: { in: input.targetStateIds } },
        select: { id: true },
      });
      if (input.targetMode === "selected" && states.length !== new Set(input.targetStateIds).size) {
        throw new AppError("INVALID_INPUT", "Unknown State", { targetStateIds: ["questionnaires.targetsRequired"] });
      }
      stateIds = states.map((s) => s.id);
    }
    const data = {
      title: input.title,
      purpose: input.purpose,
      audience: input.audience,
      status: bySecretariat ? ("OPEN" as const) : ("PENDING_APPROVAL" as const),
      languages: input.languages,
      reportId: input.reportId ?? null,
      councilSession: input.councilSession,
      opensAt,
      deadline,
      exceptionJustification: exceptions.length ? input.exceptionJustification : null,
      createdById: actor.userId,
      approvedById: bySecretariat ? actor.userId : null,
      approvedAt: bySecretariat ? now : null,
      createdAt: now,
    };
    const q = await tx.questionnaire.create({
      data: {
        ...data,
        mandates: { createMany: { data: input.mandateIds.map((mandateId) => ({ mandateId })) } },
        themes: { createMany: { data: input.themeIds.map((themeId) => ({ themeId })) } },
        questions: {
          createMany: {
            data: questions.map((q, i) => ({ position: i + 1, kind: q.kind, text: q.text, choices: q.choices, required: q.required })),
          },
        },
        targets: { createMany: { data: stateIds.map((stateId) => ({ stateId })) } },
      },
      select: { id: true, status: true },
    });
    // Issued at once by the secretariat: the States asked are told (a proposal, once approved).
    const mailIds = q.status === "OPEN" ? await notifyCallIssued(tx, { questionnaireId: q.id, now }) : [];
    await writeAudit(tx, {
      actor,
      action: bySecretariat ? "questionnaire.create" : "questionnaire.propose",
      entityType: "Questionnaire",
      entityId: q.id,
      after: {
        ...data,
        mandateIds: input.mandateIds,
        themeIds: input.themeIds,
        questionCount: questions.length,
        targetCount: stateIds.length,
        exceptions,
        minWindowWeeks,
        maxQuestions,
        ...(mailIds.length ? { mailIds } : {}),
      },
    });
    return { id: q.id, status: q.status, exceptions };
  }, CALL_TRANSACTION);
}
