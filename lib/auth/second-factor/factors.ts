import "server-only";
import { prisma } from "../../db/client";
import type { Db, TransactionClient } from "../../db/types";
import type { Actor } from "../actor";
import { assertCan } from "../policy";
import { AppError } from "../../core/errors";
import { now as clockNow } from "../../core/clock";
import { writeAudit } from "../../platform/write-audit";
import { revokeUserSessions } from "../user-sessions";
import { openSecret, sealSecret } from "./secret-box";
import { newTotpSecret, TOTP_WINDOW, totpStepOfCode } from "./totp";
import { hashRecoveryCode, looksLikeRecoveryCode, newRecoveryCodes } from "./recovery-codes";

// The user's own second factors: TOTP with its recovery codes, and passkeys (./passkeys.ts). Every
// change ends the user's other sessions (whoever holds one got in under the old factors) and is audited
// without the key or the codes.

export type SecondFactorMethod = "totp" | "recovery-code" | "passkey";

export type FactorStatus = {
  totp: boolean;
  totpEnabledAt: Date | null;
  recoveryCodesLeft: number;
  passkeys: { id: string; name: string; createdAt: Date; lastUsedAt: Date | null }[];
};

export async function factorStatus(userId: string, db: Db = prisma): Promise<FactorStatus> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      totpSecret: true,
      totpEnabledAt: true,
      passkeys: { select: { id: true, name: true, createdAt: true, lastUsedAt: true }, orderBy: { createdAt: "asc" } },
      _count: { select: { recoveryCodes: { where: { usedAt: null } } } },
    },
  });
  if (!user) throw new AppError("NOT_FOUND", "No such user");
  return {
    totp: user.totpSecret !== null,
    totpEnabledAt: user.totpEnabledAt,
    recoveryCodesLeft: user._count.recoveryCodes,
    passkeys: user.passkeys,
  };
}

export function hasAnyFactor(s: Pick<FactorStatus, "totp" | "passkeys">): boolean {
  return s.totp || s.passkeys.length > 0;
}

/** A factor changed: the session in use now counts as having satisfied it, every other one ends. */
export async function afterFactorChange(tx: TransactionClient, actor: Actor, now: Date): Promise<number> {
  if (actor.sessionId)
    await tx.userSession.updateMany({ where: { id: actor.sessionId, userId: actor.userId }, data: { secondFactor: "enrolment" } });
  return revokeUserSessions(tx, { userId: actor.userId, except: actor.sessionId ?? null, reason: "second-factor-change", now });
}

/**
 * The key offered for enrolment (made on first call, the same until confirmed or replaced), or null
 * when TOTP is already enrolled. It is shown only on the enrolment page, to its owner.
 */
export async function pendingTotpKey({ actor }: { actor: Actor }): Promise<string | null> {
  assertCan(actor, "account:own");
  const user = await prisma.user.findUnique({ where: { id: actor.userId }, select: { totpSecret: true, totpPendingSecret: true } });
  if (!user || user.totpSecret) return null;
  const existing = user.totpPendingSecret ? openSecret(user.totpPendingSecret) : null;
  if (existing) return existing;
  const key = newTotpSecret();
  await prisma.user.update({ where: { id: actor.userId }, data: { totpPendingSecret: sealSecret(key) } });
  return key;
}

async function replaceRecoveryCodes(tx: TransactionClient, userId: string, now: Date): Promise<string[]> {
  const codes = newRecoveryCodes();
  await tx.recoveryCode.deleteMany({ where: { userId } });
  await tx.recoveryCode.createMany({ data: codes.map((c) => ({ userId, codeHash: hashRecoveryCode(c), createdAt: now })) });
  return codes;
}

/** The first code confirms the key: TOTP is enrolled, and the ten recovery codes are returned (shown once). */
export async function confirmTotp({
  actor,
  code,
  now = clockNow(),
}: {
  actor: Actor;
  code: string;
  now?: Date;
}): Promise<{ recoveryCodes: string[] }> {
  assertCan(actor, "account:own");
  const user = await prisma.user.findUnique({ where: { id: actor.userId }, select: { totpSecret: true, totpPendingSecret: true } });
  if (!user) throw new AppError("NOT_FOUND", "No such user");
  if (user.totpSecret) throw new AppError("CONFLICT", "secondFactor.alreadyEnrolled");
  const key = user.totpPendingSecret ? openSecret(user.totpPendingSecret) : null;
  const step = key ? totpStepOfCode(key, code, now) : null;
  if (step === null) throw new AppError("INVALID_INPUT", "Wrong code", { code: ["secondFactor.codeWrong"] });
  return prisma.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: actor.userId },
      // The confirming code counts as used: it cannot then open a sign-in.
      data: { totpSecret: user.totpPendingSecret, totpPendingSecret: null, totpEnabledAt: now },
    });
    await tx.totpUsedStep.deleteMany({ where: { userId: actor.userId } });
    await tx.totpUsedStep.create({ data: { userId: actor.userId, step, usedAt: now } });
    const recoveryCodes = await replaceRecoveryCodes(tx, actor.userId, now);
    const ended = await afterFactorChange(tx, actor, now);
    await writeAudit(tx, {
      actor,
      action: "user.second-factor-enrol",
      entityType: "User",
      entityId: actor.userId,
      after: { method: "totp", otherSessionsEnded: ended },
    });
    return { recoveryCodes };
  });
}

/** New recovery codes (the old ones stop working), for a user with a factor. */
export async function regenerateRecoveryCodes({
  actor,
  now = clockNow(),
}: {
  actor: Actor;
  now?: Date;
}): Promise<{ recoveryCodes: string[] }> {
  assertCan(actor, "account:own");
  if (!hasAnyFactor(await factorStatus(actor.userId))) throw new AppError("CONFLICT", "secondFactor.noFactor");
  return prisma.$transaction(async (tx) => {
    const recoveryCodes = await replaceRecoveryCodes(tx, actor.userId, now);
    await writeAudit(tx, { actor, action: "user.recovery-codes-regenerate", entityType: "User", entityId: actor.userId });
    return { recoveryCodes };
  });
}

/** The user removes their TOTP key (recovery codes go too when no passkey is left). */
export async function removeTotp({ actor, now = clockNow() }: { actor: Actor; now?: Date }): Promise<void> {
  assertCan(actor, "account:own");
  const status = await factorStatus(actor.userId);
  if (!status.totp) throw new AppError("CONFLICT", "secondFactor.noFactor");
  await prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.userId }, data: { totpSecret: null, totpEnabledAt: null, totpPendingSecret: null } });
    await tx.totpUsedStep.deleteMany({ where: { userId: actor.userId } });
    if (status.passkeys.length === 0) await tx.recoveryCode.deleteMany({ where: { userId: actor.userId } });
    const ended = await afterFactorChange(tx, actor, now);
    await writeAudit(tx, {
      actor,
      action: "user.second-factor-remove",
      entityType: "User",
      entityId: actor.userId,
      after: { method: "totp", otherSessionsEnded: ended },
    });
  });
}

/**
 * Checks a code typed at sign-in: a TOTP code (6 digits) or a recovery code, either of which is then
 * used up (atomically: of two sign-ins racing with one code, one wins). A TOTP code is used up by its
 * time step (ASVS 2.8.4): whoever reads a code over a shoulder or from a log cannot sign in with it,
 * even within the minute and a half it is valid. The method, or null when wrong or used.
 */
export async function verifySecondFactorCode(userId: string, code: string, now: Date): Promise<SecondFactorMethod | null> {
  const trimmed = code.trim();
  if (/^\d{3}\s?\d{3}$/.test(trimmed)) {
    const user = await prisma.user.findUnique({ where: { id: userId }, select: { totpSecret: true } });
    const key = user?.totpSecret ? openSecret(user.totpSecret) : null;
    const step = key ? totpStepOfCode(key, trimmed, now) : null;
    if (step === null) return null;
    return prisma.$transaction(async (tx) => {
      // Steps that no clock accepts any more need no keeping.
      await tx.totpUsedStep.deleteMany({ where: { userId, step: { lt: step - 2 * TOTP_WINDOW } } });
      const { count } = await tx.totpUsedStep.createMany({ data: [{ userId, step, usedAt: now }], skipDuplicates: true });
      return count === 1 ? "totp" : null;
    });
  }
  if (!looksLikeRecoveryCode(trimmed)) return null;
  const { count } = await prisma.recoveryCode.updateMany({
    where: { userId, codeHash: hashRecoveryCode(trimmed), usedAt: null },
    data: { usedAt: now },
  });
  return count === 1 ? "recovery-code" : null;
}
