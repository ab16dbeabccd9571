import "server-only";
import type { TransactionClient } from "../db/types";
import { AppError } from "../core/errors";
import { dispatchedWhere } from "./scope";
import { effectiveStatus, nextStatus, type CaseEvent, type CaseStatusValue } from "./rules";

/**
 * Inside an operation's transaction: loads a sent submission, applies the status rule for `event`
 * (lib/cases/rules.ts) to its effective status, and moves it there, guarded on the status read — two
 * people acting at once cannot both move it. CONFLICT "cases.notAllowedNow" when the rule says no.
 */
export async function transition(
  tx: TransactionClient,
  { caseId, event, now, extra = {} }: { caseId: string; event: CaseEvent; now: Date; extra?: Record<string, unknown> },
): Promise<{
  id: string;
  before: CaseStatusValue;
  after: CaseStatusValue;
  receiptNumber: string | null;
  sourceEmail: string | null;
  language: string;
}> {
  const c = await tx.caseSubmission.findFirst({
    where: { id: caseId, status: { not: "DRAFT" } },
    select: {
      id: true,
      status: true,
      receiptNumber: true,
      sourceEmail: true,
      language: true,
      submittedBy: { select: { email: true, active: true } },
    },
  });
  if (!c) throw new AppError("NOT_FOUND", "No such submission");
  const dispatched = (await tx.caseSubmission.count({ where: { id: c.id, ...dispatchedWhere(now) } })) > 0;
  const before = effectiveStatus(c.status, dispatched);
  const after = nextStatus(before, event);
  if (!after) throw new AppError("CONFLICT", "cases.notAllowedNow");
  const updated = await tx.caseSubmission.updateMany({
    where: { id: c.id, status: c.status },
    data: { status: after, ...(after === "CLOSED" && before !== "CLOSED" ? { closedAt: now } : {}), ...extra, updatedAt: now },
  });
  if (updated.count !== 1) throw new AppError("CONFLICT", "cases.notAllowedNow");
  const sourceEmail = c.sourceEmail ?? (c.submittedBy?.active ? c.submittedBy.email : null);
  return { id: c.id, before, after, receiptNumber: c.receiptNumber, sourceEmail, language: c.language };
}
