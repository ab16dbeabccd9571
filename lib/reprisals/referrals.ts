import "server-only";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/policy";
import { AppError } from "../core/errors";
import { writeAudit } from "../platform/write-audit";
import type { ReferralInput } from "./schemas";

/** R8: a referral to the High Commissioner, the President of the Council or the Assistant Secretary-General. */
export async function addReferral({ actor, input }: { actor: Actor; input: ReferralInput }) {
  assertCan(actor, "reprisal:manage");
  return prisma.$transaction(async (tx) => {
    const c = await tx.reprisalCase.findUnique({ where: { id: input.caseId }, select: { id: true } });
    if (!c) throw new AppError("NOT_FOUND", "No such case");
    const referral = await tx.reprisalReferral.create({
      data: { reprisalCaseId: c.id, body: input.body, referredAt: input.referredAt, note: input.note },
      select: { id: true },
    });
    // The note may name people: the audit keeps the body and the date only.
    await writeAudit(tx, {
      actor,
      action: "reprisal.referral.add",
      entityType: "ReprisalCase",
      entityId: c.id,
      after: { referralId: referral.id, body: input.body, referredAt: input.referredAt, note: input.note ? "(recorded)" : null },
    });
    return referral;
  });
}

export async function removeReferral({ actor, input }: { actor: Actor; input: { caseId: string; referralId: string } }) {
  assertCan(actor, "reprisal:manage");
  return prisma.$transaction(async (tx) => {
    const r = await tx.reprisalReferral.findFirst({
      where: { id: input.referralId, reprisalCaseId: input.caseId },
      select: { id: true, body: true, referredAt: true },
    });
    if (!r) throw new AppError("NOT_FOUND", "No such referral");
    await tx.reprisalReferral.delete({ where: { id: r.id } });
    await writeAudit(tx, { actor, action: "reprisal.referral.remove", entityType: "ReprisalCase", entityId: input.caseId, before: r });
    return { id: r.id };
  });
}
