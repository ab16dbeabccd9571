import "server-only";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertCanAny } from "../auth/policy";
import { mayDeclareExternalResource } from "../auth/committee-people-policy";
import { AppError } from "../core/errors";
import { genevaYear } from "../core/geneva";
import { writeAudit } from "../platform/write-audit";
import type { ExternalResourceInput } from "./schemas";

/**
 * A holder declares external resources its mandate received in a year — or the secretariat does for
 * any mandate (CC2). The mandate is checked against the actor, never taken on trust from the form; a
 * year still to come cannot be declared. The declaration is public at once.
 */
export async function declareExternalResource({ actor, input, now }: { actor: Actor; input: ExternalResourceInput; now: Date }) {
  assertCanAny(actor, ["external-resource:declare", "committee:manage"]);
  if (!mayDeclareExternalResource(actor, input.mandateId)) throw new AppError("FORBIDDEN", "Not your mandate");
  if (input.year > genevaYear(now))
    throw new AppError("INVALID_INPUT", "committeePeople.yearInFuture", { year: ["committeePeople.yearInFuture"] });
  return prisma.$transaction(async (tx) => {
    const mandate = await tx.mandate.findUnique({ where: { id: input.mandateId }, select: { id: true, slug: true } });
    if (!mandate)
      throw new AppError("INVALID_INPUT", "committeePeople.mandateRequired", { mandateId: ["committeePeople.mandateRequired"] });
    const resource = await tx.externalResource.create({
      data: {
        mandateId: mandate.id,
        year: input.year,
        source: input.source,
        amountUsd: input.amountUsd,
        inKind: input.inKind,
        purpose: input.purpose,
        declaredByRole: actor.role,
      },
      select: { id: true, mandateId: true, year: true, source: true, amountUsd: true, inKind: true, purpose: true, declaredByRole: true },
    });
    await writeAudit(tx, {
      actor,
      action: "external-resource.declare",
      entityType: "ExternalResource",
      entityId: resource.id,
      after: resource,
    });
    return { id: resource.id, slug: mandate.slug, year: resource.year };
  });
}
