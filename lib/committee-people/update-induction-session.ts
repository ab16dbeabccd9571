import "server-only";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/policy";
import { AppError } from "../core/errors";
import { writeAudit } from "../platform/write-audit";
import type { InductionSessionUpdateInput } from "./schemas";

import { INDUCTION_SESSION_SELECT as SESSION_SELECT } from "./induction-session-select";

/** The secretariat corrects a session of the induction programme (CC3); the audit keeps before and after. */
export async function updateInductionSession({ actor, input }: { actor: Actor; input: InductionSessionUpdateInput }) {
  assertCan(actor, "committee:manage");
  return prisma.$transaction(async (tx) => {
    const before = await tx.inductionSession.findUnique({ where: { id: input.id }, select: SESSION_SELECT });
    if (!before) throw new AppError("NOT_FOUND", "No such session");
    const after = await tx.inductionSession.update({
      where: { id: before.id },
      data: {
        title: input.title,
        startsOn: input.startsOn,
        endsOn: input.endsOn ?? null,
        location: input.location,
        outline: input.outline,
      },
      select: SESSION_SELECT,
    });
    await writeAudit(tx, { actor, action: "induction.session.update", entityType: "InductionSession", entityId: after.id, before, after });
    return { id: after.id };
  });
}
