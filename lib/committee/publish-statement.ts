import "server-only";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertCanAny } from "../auth/policy";
import { mayDraftCommitteeStatement, mayPublishCommitteeStatement } from "../auth/committee-policy";
import { AppError } from "../core/errors";
import { now as clockNow } from "../core/clock";
import { writeAudit } from "../platform/write-audit";
import { committeeSeatOf } from "./seat";
import { lockStatement } from "./lock-statement";
import { statementPublicationProblem } from "./rules";

/**
 * The secretariat, or the Chair of the Committee that speaks, publishes a draft signed by at least two
 * of that Committee's members (a signature counts while its signatory holds a seat that year). From
 * then on it is public and never changes.
 */
export async function publishCommitteeStatement({ actor, input }: { actor: Actor; input: { statementId: string } }) {
  assertCanAny(actor, ["committee:manage", "committee:contribute"]);
  const now = clockNow();
  return prisma.$transaction(async (tx) => {
    await lockStatement(tx, input.statementId);
    const statement = await tx.committeeStatement.findUnique({
      where: { id: input.statementId },
      select: { id: true, year: true, status: true },
    });
    const seat = statement ? await committeeSeatOf(tx, actor, statement.year) : null;
    if (!statement || !mayDraftCommitteeStatement(actor, seat)) throw new AppError("NOT_FOUND", "No such statement");
    if (!mayPublishCommitteeStatement(actor, seat)) throw new AppError("FORBIDDEN", "The secretariat or the Chair publishes");
    const signatures = await tx.committeeStatementSignature.count({
      where: { statementId: statement.id, mandateHolder: { committeeMemberships: { some: { year: statement.year } } } },
    });
    const problem = statementPublicationProblem({ status: statement.status, signatures });
    if (problem) throw new AppError("CONFLICT", `committeeStatements.${problem}`);
    await tx.committeeStatement.update({
      where: { id: statement.id },
      data: { status: "PUBLISHED", publishedAt: now, publishedById: actor.userId },
    });
    await writeAudit(tx, {
      actor,
      action: "committee.statement.publish",
      entityType: "CommitteeStatement",
      entityId: statement.id,
      before: { status: statement.status },
      after: { status: "PUBLISHED", publishedAt: now, signatures, byChair: seat === "CHAIR" },
    });
    return { id: statement.id, publishedAt: now };
  });
}
