import "server-only";
import bcrypt from "bcryptjs";
import { PASSWORD_HASH_COST, passwordMatches } from "../users/password";
import { prisma } from "../db/client";
import { writeAudit } from "../audit/write-audit";
import { now } from "../core/clock";

// Compared against when the email is unknown, so response time does not reveal which accounts exist.
let dummyHash: string | undefined;

export type PasswordCheck =
  | { ok: true; user: { id: string; email: string; name: string } }
  /** "password-sign-in-disabled": the right password of an account that signs in through single sign-on only. */
  | { ok: false; reason: "wrong" | "password-sign-in-disabled" };

/** The account, or null: a wrong password, an unknown or deactivated account, or password sign-in switched off. */
export async function verifyCredentials(email: string, password: string, address?: string) {
  const checked = await checkPassword(email, password, address);
  return checked.ok ? checked.user : null;
}

/**
 * Checks a password sign-in and, when it succeeds, records it (last sign-in, audit). An account whose
 * password sign-in is switched off (single sign-on only) is refused even with the right password; the
 * password is compared all the same, so that the answer's timing tells nothing.
 */
export async function checkPassword(email: string, password: string, address?: string): Promise<PasswordCheck> {
  const user = await prisma.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, passwordHash: true, active: true, role: true, passwordSignInDisabled: true },
  });
  const ok = await passwordMatches(password, user?.passwordHash ?? (dummyHash ??= bcrypt.hashSync("no-such-user", PASSWORD_HASH_COST)));
  if (!user || !user.active || !ok) return { ok: false, reason: "wrong" };
  if (user.passwordSignInDisabled) return { ok: false, reason: "password-sign-in-disabled" };
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
  return { ok: true, user: { id: user.id, email: user.email, name: user.name } };
}

/**
 * A failed or refused sign-in, in the audit log with the address it came from. The account is named
 * when it exists; what was typed is never kept (people type passwords into the email field).
 */
export async function auditFailedSignIn({
  email,
  address,
  refused,
  reason,
}: {
  email: string;
  address: string;
  refused: boolean;
  /** Why, when it is not a wrong password or a throttled address. */
  reason?: "password-sign-in-disabled";
}): Promise<void> {
  const user = await prisma.user.findUnique({ where: { email }, select: { id: true } });
  await prisma.$transaction(async (tx) => {
    await writeAudit(tx, {
      actor: null,
      action: refused ? "auth.sign-in-refused" : "auth.sign-in-failed",
      entityType: "User",
      entityId: user?.id ?? "unknown",
      ...(reason ? { after: { reason } } : {}),
      address,
    });
  });
}
