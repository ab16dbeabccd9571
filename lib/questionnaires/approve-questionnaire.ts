import "server-only";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/policy";
import { mayApprove } from "../auth/questionnaires-policy";
import { AppError } from "../core/errors";
import { now as clockNow } from "../core/clock";
import { writeAudit } from "../platform/write-audit";
import type { TransactionClient } from "../db/types";
import { notify } from "../notifications/notify";
import { CALL_TRANSACTION, notifyCallIssued } from "./notify-call";
import { getSettings } from "../platform/get-settings";
import { creationDecision } from "./rules";
import type { ApprovalInput } from "./schemas";

/** The holder who proposed the call is told of the decision. */
async function proposalDecided(
  tx: TransactionClient,
  q: { id: string; title: string; createdById: string | null },
  decision: "approved" | "rejected",
  now: Date,
) {
  if (!q.createdById) return;
  await notify(tx, {
    kind: "call.proposal-decided",
    recipients: [q.createdById],
    params: { title: q.title, decision },
    link: `/portal/mandate-holder/questionnaires/${q.id}`,
    record: { type: "Questionnaire", id: q.id },
    now,
  });
}

/**
 * The secretariat approves a mandate holder's proposal (the call is issued) or rejects it. R12 is
 * checked again at approval: if the opening date has passed, the call opens now, and a window that has
 * become too short needs a justification like any other exception.
 */
export async function decideProposal({ actor, input }: { actor: Actor; input: ApprovalInput }) {
  assertCan(actor, "questionnaire:create");
  if (!mayApprove(actor)) throw new AppError("FORBIDDEN", "Only the secretariat approves proposals");
  const now = clockNow();
  return prisma.$transaction(async (tx) => {
    const q = await tx.questionnaire.findUnique({
      where: { id: input.questionnaireId },
      select: {
        id: true,
        status: true,
        title: true,
        createdById: true,
        opensAt: true,
        deadline: true,
        exceptionJustification: true,
        _count: { select: { questions: true } },
      },
    });
    if (!q) throw new AppError("NOT_FOUND", "No such questionnaire");
    if (q.status !== "PENDING_APPROVAL") throw new AppError("CONFLICT", "questionnaires.notPending");
    if (input.decision === "reject") {
      const updated = await tx.questionnaire.updateMany({ where: { id: q.id, status: "PENDING_APPROVAL" }, data: { status: "CANCELLED" } });
      if (updated.count !== 1) throw new AppError("CONFLICT", "questionnaires.notPending");
      await proposalDecided(tx, q, "rejected", now);
      await writeAudit(tx, {
        actor,
        action: "questionnaire.reject",
        entityType: "Questionnaire",
        entityId: q.id,
        before: { status: q.status },
        after: { status: "CANCELLED" },
      });
      return { id: q.id, status: "CANCELLED" as const };
    }
    const settings = await getSettings(tx);
    const opensAt = q.opensAt < now ? now : q.opensAt;
    const justification = input.exceptionJustification ?? q.exceptionJustification;
    const decision = creationDecision({
      opensAt,
      deadline: q.deadline,
      questionCount: q._count.questions,
      minWindowWeeks: settings["questionnaires.minWindowWeeks"],
      maxQuestions: settings["questionnaires.maxQuestions"],
      justification,
    });
    if (decision.kind === "invalid-dates") throw new AppError("CONFLICT", "questionnaires.deadlinePassed");
    if (decision.kind === "justification-required") {
      throw new AppError("INVALID_INPUT", "A justification is required", {
        exceptionJustification: decision.exceptions.map((e) =>
          e === "window" ? "questionnaires.windowTooShort" : "questionnaires.tooManyQuestions",
        ),
      });
    }
    const after = {
      status: "OPEN" as const,
      opensAt,
      approvedById: actor.userId,
      approvedAt: now,
      exceptionJustification: decision.exceptions.length ? justification : null,
    };
    const updated = await tx.questionnaire.updateMany({ where: { id: q.id, status: "PENDING_APPROVAL" }, data: after });
    if (updated.count !== 1) throw new AppError("CONFLICT", "questionnaires.notPending");
    await proposalDecided(tx, q, "approved", now);
    const mailIds = await notifyCallIssued(tx, { questionnaireId: q.id, now });
    await writeAudit(tx, {
      actor,
      action: "questionnaire.approve",
      entityType: "Questionnaire",
      entityId: q.id,
      before: { status: q.status, opensAt: q.opensAt, exceptionJustification: q.exceptionJustification },
      after: { ...after, exceptions: decision.exceptions, ...(mailIds.length ? { mailIds } : {}) },
    });
    return { id: q.id, status: "OPEN" as const };
  }, CALL_TRANSACTION);
}
