import "server-only";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { mayHandleAdvisory } from "../auth/advisory-policy";
import { AppError } from "../core/errors";
import { now as clockNow } from "../core/clock";
import { writeAudit } from "../platform/write-audit";
import { notify } from "../notifications/notify";
import type { AdvisoryHandlingInput } from "./schemas";

/** The Coordination Committee or the secretariat records the status, its recommendation and the outcome (R15). */
export async function handleAdvisoryCase({ actor, input }: { actor: Actor; input: AdvisoryHandlingInput }) {
  if (!mayHandleAdvisory(actor)) throw new AppError("FORBIDDEN", "Not allowed: advisory:handle");
  const at = clockNow();
  return prisma.$transaction(async (tx) => {
    const c = await tx.advisoryCase.findUnique({
      where: { id: input.caseId },
      select: {
        id: true,
        status: true,
        recommendation: true,
        outcome: true,
        closedAt: true,
        title: true,
        submittedById: true,
        mandateHolder: { select: { user: { select: { id: true } } } },
      },
    });
    if (!c) throw new AppError("NOT_FOUND", "No such case");
    const data = {
      status: input.status,
      recommendation: input.recommendation,
      outcome: input.outcome,
      closedAt: input.status === "CLOSED" ? (c.closedAt ?? at) : null,
    };
    await tx.advisoryCase.update({ where: { id: c.id }, data });
    // An outcome recorded (or changed), or the case closed: the parties are told.
    const decided = (data.outcome && data.outcome !== c.outcome) || (data.status === "CLOSED" && c.status !== "CLOSED");
    if (decided) {
      await notify(tx, {
        kind: "advisory.decided",
        recipients: [c.submittedById, c.mandateHolder?.user?.id].filter((id): id is string => !!id),
        params: { title: c.title },
        link: `/portal/advisory/${c.id}`,
        record: { type: "AdvisoryCase", id: c.id },
        now: at,
        except: actor.userId,
      });
    }
    const before = { id: c.id, status: c.status, recommendation: c.recommendation, outcome: c.outcome, closedAt: c.closedAt };
    await writeAudit(tx, { actor, action: "advisory.handle", entityType: "AdvisoryCase", entityId: c.id, before, after: data });
    return { id: c.id };
  });
}
