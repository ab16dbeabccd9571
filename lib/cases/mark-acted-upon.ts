import "server-only";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/policy";
import { now as clockNow } from "../core/clock";
import { writeAudit } from "../platform/write-audit";
import { transition } from "./transition";

/**
 * The secretariat records that a submission was acted upon without a letter opened here (a press
 * release, a letter drafted elsewhere, a visit). A dispatched letter opened from it needs no marking:
 * the submission counts as acted upon from the letter's sending (rules.ts, effectiveStatus).
 */
export async function markActedUpon({ actor, input }: { actor: Actor; input: { caseId: string } }) {
  assertCan(actor, "case:triage");
  const now = clockNow();
  return prisma.$transaction(async (tx) => {
    const moved = await transition(tx, { caseId: input.caseId, event: "mark-acted-upon", now });
    await writeAudit(tx, {
      actor,
      action: "case.mark-acted-upon",
      entityType: "CaseSubmission",
      entityId: moved.id,
      before: { status: moved.before },
      after: { status: moved.after },
    });
    return { id: moved.id, status: moved.after };
  });
}
