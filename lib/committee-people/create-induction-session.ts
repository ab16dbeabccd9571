import "server-only";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/policy";
import { writeAudit } from "../platform/write-audit";
import type { InductionSessionInput } from "./schemas";

/** The secretariat adds a session (or module) to the induction programme; its outline is public. */
export async function createInductionSession({ actor, input }: { actor: Actor; input: InductionSessionInput }) {
  assertCan(actor, "committee:manage");
  return prisma.$transaction(async (tx) => {
    const session = await tx.inductionSession.create({
      data: {
        title: input.title,
        startsOn: input.startsOn,
        endsOn: input.endsOn ?? null,
        location: input.location,
        outline: input.outline,
      },
      select: { id: true, title: true, startsOn: true, endsOn: true, location: true },
    });
    await writeAudit(tx, {
      actor,
      action: "induction.session.create",
      entityType: "InductionSession",
      entityId: session.id,
      after: session,
    });
    return { id: session.id };
  });
}
