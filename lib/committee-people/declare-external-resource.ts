import "server-only";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertCanAny } from "../auth/policy";
import { mayDeclareExternalResource } from "../auth/committee-people-policy";
import { AppError } from "../core/errors";
import { writeAudit } from "../platform/write-audit";
import type { ExternalResourceInput } from "./schemas";
import { assertResourceYear, RESOURCE_SELECT, resourceData, resourceMandate } from "./external-resource-fields";

/**
 * A holder declares external resources its mandate received in a year — or the secretariat does for
 * any mandate (CC2). The mandate is checked against the actor, never taken on trust from the form; a
 * year still to come cannot be declared. The declaration is public at once.
 */
export async function declareExternalResource({ actor, input, now }: { actor: Actor; input: ExternalResourceInput; now: Date }) {
  assertCanAny(actor, ["external-resource:declare", "committee:manage"]);
  if (!mayDeclareExternalResource(actor, input.mandateId)) throw new AppError("FORBIDDEN", "Not your mandate");
  assertResourceYear(input, now);
  return prisma.$transaction(async (tx) => {
    const mandate = await resourceMandate(tx, input.mandateId);
    const resource = await tx.externalResource.create({
      data: { ...resourceData(input, mandate.id), declaredByRole: actor.role },
      select: RESOURCE_SELECT,
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
