import "server-only";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/policy";
import { mayDraftCommitteeStatement, maySignCommitteeStatement } from "../auth/committee-policy";
import { AppError } from "../core/errors";
import { now as clockNow } from "../core/clock";
import { writeAudit } from "../platform/write-audit";
import { committeeSeatOf } from "./seat";
import { lockStatement } from "./lock-statement";

/** A member of the Committee that speaks co-signs a draft statement, in its own name. */
export async function signCommitteeStatement({ actor, input }: { actor: Actor; input: { statementId: string } }) {
  assertCan(actor, "committee:contribute");
  const now = clockNow();
  return prisma.$transaction(async (tx) => {
    await lockStatement(tx, input.statementId);
    const statement = await tx.committeeStatement.findUnique({
      where: { id: input.statementId },
      select: { id: true, year: true, status: true },
    });
    const seat = statement ? await committeeSeatOf(tx, actor, statement.year) : null;
    if (!statement || !mayDraftCommitteeStatement(actor, seat)) throw new AppError("NOT_FOUND", "No such statement");
    if (!maySignCommitteeStatement(actor, seat) || !actor.mandateHolderId) throw new AppError("FORBIDDEN", "Only members sign");
    if (statement.status !== "DRAFT") throw new AppError("CONFLICT", "committeeStatements.notEditable");
    const created = await tx.committeeStatementSignature.createMany({
      data: [{ statementId: statement.id, mandateHolderId: actor.mandateHolderId, signedAt: now }],
      skipDuplicates: true,
    });
    if (created.count !== 1) throw new AppError("CONFLICT", "committeeStatements.alreadySigned");
    await writeAudit(tx, {
      actor,
      action: "committee.statement.sign",
      entityType: "CommitteeStatement",
      entityId: statement.id,
      after: { mandateHolderId: actor.mandateHolderId, seat, signedAt: now },
    });
    return { id: statement.id };
  });
}
