import "server-only";
import bcrypt from "bcryptjs";
import { PASSWORD_HASH_COST, passwordMatches } from "./password";
import { prisma } from "../db/client";
import { writeAudit } from "../platform/write-audit";
import { now } from "../core/clock";
import type { Role } from "../generated/prisma/enums";

// Compared against when the email is unknown, so response time does not reveal which accounts exist.
let dummyHash: string | undefined;

export type PasswordCheck =
  | { ok: true; user: { id: string; email: string; name: string; role: Role } }
  /**
   * "password-sign-in-disabled": the right password of an account that signs in through single sign-on
   * only; "email-unconfirmed": the right password of an organisation's registration whose e-mail
   * address is not confirmed yet (issue 17, item 3).
   */
  | { ok: false; reason: "wrong" | "password-sign-in-disabled" | "email-unconfirmed" };

/**
 * Checks a password; records nothing (the second factor may follow: recordSignIn records a completed
 * sign-in). An account whose password sign-in is switched off (single sign-on only) is refused even
 * with the right password; the password is compared all the same, so that the answer's timing tells nothing.
 */
export async function checkPassword(email: string, password: string): Promise<PasswordCheck> {
  const user = await prisma.user.findUnique({
    where: { email },
    select: {
      id: true,
      email: true,
      name: true,
      passwordHash: true,
      active: true,
      role: true,
      passwordSignInDisabled: true,
      emailUnconfirmed: true,
    },
  });
  const ok = await passwordMatches(password, user?.passwordHash ?? (dummyHash ??= bcrypt.hashSync("no-such-user", PASSWORD_HASH_COST)));
  if (!user || !user.active || !ok) return { ok: false, reason: "wrong" };
  if (user.passwordSignInDisabled) return { ok: false, reason: "password-sign-in-disabled" };
  if (user.emailUnconfirmed) return { ok: false, reason: "email-unconfirmed" };
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, role: user.role } };
}

/** A completed sign-in: the time on the account and the audit log (with how the second factor was given). */
export async function recordSignIn(user: { id: string; role: Role }, address?: string, secondFactor?: string | null): Promise<void> {
  await prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { lastSignInAt: now() } });
    await writeAudit(tx, {
      actor: { userId: user.id, role: user.role },
      action: "auth.sign-in",
      entityType: "User",
      entityId: user.id,
      ...(secondFactor ? { after: { secondFactor } } : {}),
      ...(address ? { address } : {}),
    });
  });
}

/** Password check and sign-in record in one (accounts without a second factor; tests). */
export async function verifyCredentials(email: string, password: string, address?: string) {
  const checked = await checkPassword(email, password);
  if (!checked.ok) return null;
  await recordSignIn(checked.user, address);
  return { id: checked.user.id, email: checked.user.email, name: checked.user.name };
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
  /**
   * Why, when it is not a wrong password or a throttled address: "second-factor": the password was
   * right, the code or passkey was not; "passkey": a passkey sign-in failed; "password-sign-in-disabled";
   * "email-unconfirmed".
   */
  reason?: "second-factor" | "passkey" | "password-sign-in-disabled" | "email-unconfirmed";
}): Promise<void> {
  const user = email ? await prisma.user.findUnique({ where: { email }, select: { id: true } }) : null;
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
