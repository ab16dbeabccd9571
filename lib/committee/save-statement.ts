import "server-only";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertCanAny } from "../auth/policy";
import { mayDraftCommitteeStatement } from "../auth/committee-policy";
import { AppError } from "../core/errors";
import { now as clockNow } from "../core/clock";
import { genevaYear } from "../core/geneva";
import { writeAudit } from "../platform/write-audit";
import { committeeSeatOf } from "./seat";
import { lockStatement } from "./lock-statement";
import { signaturesAfterEdit } from "./rules";
import type { StatementDraftInput } from "./schemas";

/**
 * A member of the current Committee (or the secretariat) drafts a joint statement of that Committee;
 * a member who drafts signs it by drafting. Editing a draft is open to the members of the Committee
 * that speaks and to the secretariat, and withdraws the other members' signatures: they signed a
 * text that is no longer there. A published statement does not change.
 */
export async function saveCommitteeStatement({ actor, input }: { actor: Actor; input: StatementDraftInput }): Promise<{ id: string }> {
  assertCanAny(actor, ["committee:manage", "committee:contribute"]);
  const now = clockNow();
  return prisma.$transaction(async (tx) => {
    if (!input.statementId) {
      const year = genevaYear(now);
      const seat = await committeeSeatOf(tx, actor, year);
      if (!mayDraftCommitteeStatement(actor, seat)) throw new AppError("FORBIDDEN", "Only members of the Committee draft its statements");
      const created = await tx.committeeStatement.create({
        data: {
          year,
          title: input.title,
          body: input.body,
          draftedById: actor.userId,
          createdAt: now,
          updatedAt: now,
          ...(seat && actor.mandateHolderId ? { signatures: { create: { mandateHolderId: actor.mandateHolderId, signedAt: now } } } : {}),
        },
        select: { id: true },
      });
      await writeAudit(tx, {
        actor,
        action: "committee.statement.create-draft",
        entityType: "CommitteeStatement",
        entityId: created.id,
        after: { year, title: input.title, body: input.body, signedByDrafter: seat !== null },
      });
      return created;
    }
    const id = input.statementId;
    await lockStatement(tx, id);
    const existing = await tx.committeeStatement.findUnique({
      where: { id },
      select: { id: true, year: true, status: true, title: true, body: true, signatures: { select: { mandateHolderId: true } } },
    });
    // A holder who does not sit on the Committee that speaks does not learn that the draft exists.
    const seat = existing ? await committeeSeatOf(tx, actor, existing.year) : null;
    if (!existing || !mayDraftCommitteeStatement(actor, seat)) throw new AppError("NOT_FOUND", "No such statement");
    if (existing.status !== "DRAFT") throw new AppError("CONFLICT", "committeeStatements.notEditable");
    if (existing.title === input.title && existing.body === input.body) return { id };
    const kept = signaturesAfterEdit(existing.signatures, seat ? actor.mandateHolderId : null).map((s) => s.mandateHolderId);
    await tx.committeeStatementSignature.deleteMany({ where: { statementId: id, mandateHolderId: { notIn: kept } } });
    await tx.committeeStatement.update({ where: { id }, data: { title: input.title, body: input.body, updatedAt: now } });
    await writeAudit(tx, {
      actor,
      action: "committee.statement.update-draft",
      entityType: "CommitteeStatement",
      entityId: id,
      before: { title: existing.title, body: existing.body, signatures: existing.signatures.map((s) => s.mandateHolderId) },
      after: { title: input.title, body: input.body, signatures: kept },
    });
    return { id };
  });
}
