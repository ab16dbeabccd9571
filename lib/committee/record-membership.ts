import "server-only";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/policy";
import { AppError } from "../core/errors";
import { genevaYearBounds } from "../core/geneva";
import { writeAudit } from "../platform/write-audit";
import { membershipProblem } from "./rules";
import type { MembershipInput } from "./schemas";

const PROBLEM_FIELD = { full: "mandateHolderId", chairTaken: "role", rapporteurTaken: "role" } as const;

/**
 * The secretariat seats a mandate holder on a year's Committee, or changes the role of one already
 * seated. The holder must have served a mandate during that year; six seats, one Chair, one
 * Rapporteur (lib/committee/rules.ts), checked under a lock on the year so two officers recording at
 * once cannot both take the last seat.
 */
export async function recordCommitteeMembership({ actor, input }: { actor: Actor; input: MembershipInput }): Promise<{ id: string }> {
  assertCan(actor, "committee:manage");
  const { start, end } = genevaYearBounds(input.year);
  return prisma.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`committee-membership:${input.year}`}))`;
    const served = await tx.mandateTenure.count({
      where: { mandateHolderId: input.mandateHolderId, startDate: { lt: end }, OR: [{ endDate: null }, { endDate: { gte: start } }] },
    });
    if (served === 0) {
      throw new AppError("INVALID_INPUT", "Not a mandate holder in that year", { mandateHolderId: ["committee.holderNotServing"] });
    }
    const seats = await tx.committeeMembership.findMany({
      where: { year: input.year },
      select: { id: true, mandateHolderId: true, role: true },
    });
    const problem = membershipProblem(seats, input);
    if (problem) throw new AppError("INVALID_INPUT", problem, { [PROBLEM_FIELD[problem]]: [`committee.${problem}`] });
    const existing = seats.find((s) => s.mandateHolderId === input.mandateHolderId) ?? null;
    const row = existing
      ? await tx.committeeMembership.update({ where: { id: existing.id }, data: { role: input.role }, select: { id: true } })
      : await tx.committeeMembership.create({ data: input, select: { id: true } });
    await writeAudit(tx, {
      actor,
      action: existing ? "committee.membership.change-role" : "committee.membership.add",
      entityType: "CommitteeMembership",
      entityId: row.id,
      before: existing && { year: input.year, mandateHolderId: existing.mandateHolderId, role: existing.role },
      after: input,
    });
    return row;
  });
}
