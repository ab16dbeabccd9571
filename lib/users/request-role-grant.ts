import "server-only";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/policy";
import { AppError } from "../core/errors";
import { now as clockNow } from "../core/clock";
import { openRoleGrant } from "./open-role-grant";
import type { RequestRoleGrantInput } from "./access-schemas";

/**
 * An admin asks that an existing account be given the SECRETARIAT or ADMIN role (issue 12, item 6).
 * The account keeps its role until a second, different secretariat member or admin approves.
 */
export async function requestRoleGrant({ actor, input }: { actor: Actor; input: RequestRoleGrantInput }) {
  assertCan(actor, "user:manage");
  return prisma.$transaction(async (tx) => {
    const target = await tx.user.findUnique({ where: { email: input.email }, select: { id: true, name: true, email: true, role: true } });
    if (!target) throw new AppError("INVALID_INPUT", "Unknown account", { email: ["roleGrants.unknownAccount"] });
    if (target.id === actor.userId) throw new AppError("CONFLICT", "users.cannotChangeSelf");
    if (target.role === input.role) throw new AppError("INVALID_INPUT", "Same role", { role: ["roleGrants.sameRole"] });
    return openRoleGrant(tx, { actor, target, role: input.role, newAccount: false, at: clockNow() });
  });
}
