import "server-only";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertCanAny } from "../auth/policy";
import { mayDeclareExternalResource } from "../auth/committee-people-policy";
import { AppError } from "../core/errors";
import { writeAudit } from "../platform/write-audit";

/** Withdraws a declaration made in error: whoever may declare for its mandate (CC2). Another mandate's is not found. */
export async function removeExternalResource({ actor, input }: { actor: Actor; input: { id: string } }) {
  assertCanAny(actor, ["external-resource:declare", "committee:manage"]);
  return prisma.$transaction(async (tx) => {
    const resource = await tx.externalResource.findUnique({
      where: { id: input.id },
      select: { id: true, mandateId: true, year: true, source: true, amountUsd: true, inKind: true, purpose: true, declaredByRole: true },
    });
    if (!resource || !mayDeclareExternalResource(actor, resource.mandateId)) throw new AppError("NOT_FOUND", "No such declaration");
    await tx.externalResource.delete({ where: { id: resource.id } });
    await writeAudit(tx, {
      actor,
      action: "external-resource.remove",
      entityType: "ExternalResource",
      entityId: resource.id,
      before: resource,
    });
    return { id: resource.id };
  });
}
