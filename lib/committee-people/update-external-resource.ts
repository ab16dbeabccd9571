import "server-only";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/policy";
import { AppError } from "../core/errors";
import { genevaYear } from "../core/geneva";
import { writeAudit } from "../platform/write-audit";
import type { ExternalResourceUpdateInput } from "./schemas";

const RESOURCE_SELECT = {
  id: true,
  mandateId: true,
  year: true,
  source: true,
  amountUsd: true,
  inKind: true,
  purpose: true,
  declaredByRole: true,
} as const;

/**
 * The secretariat corrects a declaration of external resources (CC2), any mandate's; who declared it
 * stays as it was. A holder withdraws its own mandate's declaration instead (remove-external-resource.ts).
 */
export async function updateExternalResource({ actor, input, now }: { actor: Actor; input: ExternalResourceUpdateInput; now: Date }) {
  assertCan(actor, "committee:manage");
  if (input.year > genevaYear(now))
    throw new AppError("INVALID_INPUT", "committeePeople.yearInFuture", { year: ["committeePeople.yearInFuture"] });
  return prisma.$transaction(async (tx) => {
    const before = await tx.externalResource.findUnique({ where: { id: input.id }, select: RESOURCE_SELECT });
    if (!before) throw new AppError("NOT_FOUND", "No such declaration");
    const mandate = await tx.mandate.findUnique({ where: { id: input.mandateId }, select: { id: true, slug: true } });
    if (!mandate)
      throw new AppError("INVALID_INPUT", "committeePeople.mandateRequired", { mandateId: ["committeePeople.mandateRequired"] });
    const after = await tx.externalResource.update({
      where: { id: before.id },
      data: {
        mandateId: mandate.id,
        year: input.year,
        source: input.source,
        amountUsd: input.amountUsd,
        inKind: input.inKind,
        purpose: input.purpose,
      },
      select: RESOURCE_SELECT,
    });
    await writeAudit(tx, { actor, action: "external-resource.update", entityType: "ExternalResource", entityId: after.id, before, after });
    return { id: after.id, slug: mandate.slug, year: after.year };
  });
}
