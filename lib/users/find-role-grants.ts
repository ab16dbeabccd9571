import "server-only";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertCan, canDecideRoleGrant } from "../auth/policy";

/**
 * Privileged role grants (issue 12, item 6): the pending ones, oldest first, each saying whether this
 * actor may decide it; and the last decided ones.
 */
export async function findRoleGrants({ actor }: { actor: Actor }) {
  assertCan(actor, "role-grant:decide");
  const select = {
    id: true,
    role: true,
    previousRole: true,
    newAccount: true,
    status: true,
    createdAt: true,
    decidedAt: true,
    requestedById: true,
    targetUserId: true,
    targetUser: { select: { name: true, email: true } },
    requestedBy: { select: { name: true } },
    decidedBy: { select: { name: true } },
  } as const;
  const [pending, decided] = await Promise.all([
    prisma.roleGrantRequest.findMany({ where: { status: "PENDING" }, orderBy: { createdAt: "asc" }, select }),
    prisma.roleGrantRequest.findMany({ where: { status: { not: "PENDING" } }, orderBy: { decidedAt: "desc" }, take: 20, select }),
  ]);
  return { pending: pending.map((r) => ({ ...r, mayDecide: canDecideRoleGrant(actor, r) })), decided };
}
