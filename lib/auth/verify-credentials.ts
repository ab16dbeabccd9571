import "server-only";
import bcrypt from "bcryptjs";
import { PASSWORD_HASH_COST, passwordMatches } from "../users/password";
import { prisma } from "../db/client";
import { writeAudit } from "../audit/write-audit";
import { now } from "../core/clock";

// Compared against when the email is unknown, so response time does not reveal which accounts exist.
let dummyHash: string | undefined;

export async function verifyCredentials(email: string, password: string, address?: string) {
  const user = await prisma.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, passwordHash: true, active: true, role: true },
  });
  const ok = await passwordMatches(password, user?.passwordHash ?? (dummyHash ??= bcrypt.hashSync("no-such-user", PASSWORD_HASH_COST)));
  if (!user || !user.active || !ok) return null;
  await prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { lastSignInAt: now() } });
    await writeAudit(tx, {
      actor: { userId: user.id, role: user.role },
      action: "auth.sign-in",
      entityType: "User",
      entityId: user.id,
      ...(address ? { address } : {}),
    });
  });
  return { id: user.id, email: user.email, name: user.name };
}

/**
 * A failed or refused sign-in, in the audit log with the address it came from. The account is named
 * when it exists; what was typed is never kept (people type passwords into the email field).
 */
export async function auditFailedSignIn({ email, address, refused }: { email: string; address: string; refused: boolean }): Promise<void> {
  const user = await prisma.user.findUnique({ where: { email }, select: { id: true } });
  await prisma.$transaction(async (tx) => {
    await writeAudit(tx, {
      actor: null,
      action: refused ? "auth.sign-in-refused" : "auth.sign-in-failed",
      entityType: "User",
      entityId: user?.id ?? "unknown",
      address,
    });
  });
}
