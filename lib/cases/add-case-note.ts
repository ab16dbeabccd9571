import "server-only";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { mayReadCase } from "../auth/cases-policy";
import { AppError } from "../core/errors";
import { now as clockNow } from "../core/clock";
import { writeAudit } from "../platform/write-audit";
import { caseScopeFor } from "./scope";
import type { CaseNoteInput } from "./schemas";

/** An internal note on a submission: the secretariat, or a holder of a mandate it is assigned to. */
export async function addCaseNote({ actor, input }: { actor: Actor; input: CaseNoteInput }) {
  const now = clockNow();
  return prisma.$transaction(async (tx) => {
    const c = await tx.caseSubmission.findFirst({
      where: { AND: [{ id: input.caseId }, caseScopeFor(actor)] },
      select: { id: true, mandates: { where: { assignedAt: { not: null } }, select: { mandateId: true } } },
    });
    if (!c || !mayReadCase(actor, { assignedMandateIds: c.mandates.map((m) => m.mandateId) })) {
      throw new AppError("NOT_FOUND", "No such submission");
    }
    const note = await tx.caseNote.create({
      data: { caseId: c.id, authorId: actor.userId, text: input.text, createdAt: now },
      select: { id: true },
    });
    await writeAudit(tx, {
      actor,
      action: "case.note",
      entityType: "CaseSubmission",
      entityId: c.id,
      after: { noteId: note.id, text: input.text },
    });
    return { id: note.id };
  });
}
