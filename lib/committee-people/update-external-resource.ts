import "server-only";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/policy";
import { AppError } from "../core/errors";
import { writeAudit } from "../platform/write-audit";
import type { ExternalResourceUpdateInput } from "./schemas";
import { assertResourceYear, RESOURCE_SELECT, resourceData, resourceMandate } from "./external-resource-fields";

/**
 * The secretariat corrects a declaration of external resources (CC2), any mandate's; who declared it
 * stays as it was. A holder withdraws its own mandate's declaration instead (remove-external-resource.ts).
 */
export async function updateExternalResource({ actor, input, now }: { actor: Actor; input: ExternalResourceUpdateInput; now: Date }) {
  assertCan(actor, "committee:manage");
  assertResourceYear(input, now);
  return prisma.$transaction(async (tx) => {
    const before = await tx.externalResource.findUnique({ where: { id: input.id }, select: RESOURCE_SELECT });
    if (!before) throw new AppError("NOT_FOUND", "No such declaration");
    const mandate = await resourceMandate(tx, input.mandateId);
    const after = await tx.externalResource.update({
      where: { id: before.id },
      data: resourceData(input, mandate.id),
      select: RESOURCE_SELECT,
    });
    await writeAudit(tx, { actor, action: "external-resource.update", entityType: "ExternalResource", entityId: after.id, before, after });
    return { id: after.id, slug: mandate.slug, year: after.year };
  });
}
