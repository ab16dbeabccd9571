import "server-only";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertCan, isPrivilegedRole } from "../auth/policy";
import { AppError } from "../core/errors";
import { writeAudit } from "../audit/write-audit";
import type { CreateUserInput } from "./schemas";
import { hashPassword } from "./password";
import { openRoleGrant } from "./open-role-grant";
import { now } from "../core/clock";

export async function createUser({ actor, input }: { actor: Actor; input: CreateUserInput }) {
  assertCan(actor, "user:manage");
  const passwordHash = await hashPassword(input.password);
  return prisma.$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
      throw new AppError("CONFLICT", "Email taken", { email: ["users.emailTaken"] });
    }
    // Bindings only where the role uses them (a State user speaks for one State, a holder is one person).
    const stateId = input.role === "STATE" ? input.stateId : null;
    const mandateHolderId = input.role === "MANDATE_HOLDER" ? input.mandateHolderId : null;
    if (stateId && !(await tx.state.findUnique({ where: { id: stateId }, select: { id: true } }))) {
      throw new AppError("INVALID_INPUT", "Unknown State", { stateId: ["users.stateRequired"] });
    }
    if (mandateHolderId) {
      const holder = await tx.mandateHolder.findUnique({ where: { id: mandateHolderId }, select: { user: { select: { id: true } } } });
      if (!holder || holder.user) throw new AppError("INVALID_INPUT", "Holder unavailable", { mandateHolderId: ["users.holderRequired"] });
    }
    // Four eyes (issue 12, item 6): an account made for a privileged role waits, inactive, for a second
    // member's approval.
    const privileged = isPrivilegedRole(input.role);
    const user = await tx.user.create({
      data: {
        active: !privileged,
        name: input.name,
        email: input.email,
        role: input.role,
        passwordHash,
        stateId,
        mandateHolderId,
        organisation: input.role === "CIVIL_SOCIETY" ? input.organisation : null,
      },
      select: { id: true, name: true, email: true, role: true, stateId: true, mandateHolderId: true, organisation: true },
    });
    await writeAudit(tx, { actor, action: "user.create", entityType: "User", entityId: user.id, after: { ...user, active: !privileged } });
    if (privileged) await openRoleGrant(tx, { actor, target: user, role: input.role, newAccount: true, at: now() });
    return { ...user, pendingApproval: privileged };
  });
}
