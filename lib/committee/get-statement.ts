import "server-only";
import { z } from "zod";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertCanAny } from "../auth/policy";
import { mayDraftCommitteeStatement, mayPublishCommitteeStatement, maySignCommitteeStatement } from "../auth/committee-policy";
import { AppError } from "../core/errors";
import { now as clockNow } from "../core/clock";
import { committeeSeatOf, committeeYearsOf } from "./seat";
import { committeeStatementScopeFor } from "./scope";
import { MIN_SIGNATURES } from "./rules";

/** One statement as the portal shows it, with what the actor may do with it; outside its scope, not found. */
export async function getCommitteeStatement({ actor, statementId }: { actor: Actor; statementId: string }) {
  assertCanAny(actor, ["committee:manage", "committee:contribute"]);
  if (!z.uuid().safeParse(statementId).success) throw new AppError("NOT_FOUND", "No such statement");
  const now = clockNow();
  const where = committeeStatementScopeFor(actor, await committeeYearsOf(prisma, actor), now);
  const s = await prisma.committeeStatement.findFirst({
    where: { AND: [{ id: statementId }, where] },
    select: {
      id: true,
      year: true,
      title: true,
      body: true,
      status: true,
      createdAt: true,
      updatedAt: true,
      publishedAt: true,
      draftedBy: { select: { name: true } },
      signatures: {
        orderBy: [{ signedAt: "asc" }, { mandateHolderId: "asc" }],
        select: { signedAt: true, mandateHolder: { select: { id: true, name: true } } },
      },
    },
  });
  if (!s) throw new AppError("NOT_FOUND", "No such statement");
  const seat = await committeeSeatOf(prisma, actor, s.year);
  const draft = s.status === "DRAFT";
  const signed = s.signatures.some((x) => x.mandateHolder.id === actor.mandateHolderId);
  return {
    ...s,
    minSignatures: MIN_SIGNATURES,
    canEdit: draft && mayDraftCommitteeStatement(actor, seat),
    canSign: draft && !signed && maySignCommitteeStatement(actor, seat),
    canPublish: draft && mayPublishCommitteeStatement(actor, seat),
  };
}
