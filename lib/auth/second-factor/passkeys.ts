import "server-only";
import { randomBytes } from "node:crypto";
import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
  type AuthenticationResponseJSON,
  type AuthenticatorTransport,
  type PublicKeyCredentialCreationOptionsJSON,
  type PublicKeyCredentialRequestOptionsJSON,
  type RegistrationResponseJSON,
} from "@simplewebauthn/server";
import { prisma } from "../../db/client";
import type { Actor } from "../actor";
import { assertCan } from "../policy";
import { AppError } from "../../core/errors";
import { now as clockNow } from "../../core/clock";
import { writeAudit } from "../../platform/write-audit";
import { afterFactorChange } from "./factors";

// Passkeys (WebAuthn, @simplewebauthn/server). The challenge a browser signs is kept in the database
// (every instance of the portal shares it), for five minutes, and used once.

const CHALLENGE_TTL_MS = 5 * 60_000;

/** The relying party: this portal's host and origin, from its public address. */
export function relyingParty(): { id: string; origin: string; name: string } {
  const url = new URL(process.env.NEXTAUTH_URL || "http://localhost:3000");
  return { id: url.hostname, origin: url.origin, name: "SP Portal" };
}

async function storeChallenge(challenge: string, purpose: "registration" | "authentication", userId: string | null, now: Date) {
  const id = randomBytes(18).toString("base64url");
  await prisma.webAuthnChallenge.deleteMany({ where: { expiresAt: { lt: now } } });
  await prisma.webAuthnChallenge.create({
    data: { id, challenge, purpose, userId, createdAt: now, expiresAt: new Date(now.getTime() + CHALLENGE_TTL_MS) },
  });
  return id;
}

/** Takes a challenge out of the store (once): its value, or null when unknown, expired or another's. */
async function takeChallenge(id: string, purpose: string, userId: string | null, now: Date): Promise<string | null> {
  const row = await prisma.webAuthnChallenge.findUnique({ where: { id } });
  if (!row) return null;
  const { count } = await prisma.webAuthnChallenge.deleteMany({ where: { id } });
  if (count !== 1 || row.purpose !== purpose || row.expiresAt <= now || (userId !== null && row.userId !== userId)) return null;
  return row.challenge;
}

export async function passkeyRegistrationOptions({
  actor,
  now = clockNow(),
}: {
  actor: Actor;
  now?: Date;
}): Promise<{ challengeId: string; options: PublicKeyCredentialCreationOptionsJSON }> {
  assertCan(actor, "account:own");
  const rp = relyingParty();
  const existing = await prisma.passkey.findMany({ where: { userId: actor.userId }, select: { id: true, transports: true } });
  const options = await generateRegistrationOptions({
    rpName: rp.name,
    rpID: rp.id,
    userName: actor.email,
    userDisplayName: actor.name,
    userID: new TextEncoder().encode(actor.userId),
    attestationType: "none",
    excludeCredentials: existing.map((p) => ({ id: p.id, transports: p.transports as AuthenticatorTransport[] })),
    authenticatorSelection: { residentKey: "required", userVerification: "preferred" },
  });
  return { challengeId: await storeChallenge(options.challenge, "registration", actor.userId, now), options };
}

export async function registerPasskey({
  actor,
  challengeId,
  response,
  name,
  now = clockNow(),
}: {
  actor: Actor;
  challengeId: string;
  response: RegistrationResponseJSON;
  name: string;
  now?: Date;
}): Promise<{ id: string }> {
  assertCan(actor, "account:own");
  const challenge = await takeChallenge(challengeId, "registration", actor.userId, now);
  if (!challenge) throw new AppError("INVALID_INPUT", "Challenge expired", { passkey: ["secondFactor.passkeyFailed"] });
  const rp = relyingParty();
  const verification = await verifyRegistrationResponse({
    response,
    expectedChallenge: challenge,
    expectedOrigin: rp.origin,
    expectedRPID: rp.id,
    requireUserVerification: false,
  }).catch(() => null);
  if (!verification?.verified || !verification.registrationInfo) {
    throw new AppError("INVALID_INPUT", "Passkey not verified", { passkey: ["secondFactor.passkeyFailed"] });
  }
  const { credential } = verification.registrationInfo;
  return prisma.$transaction(async (tx) => {
    if (await tx.passkey.findUnique({ where: { id: credential.id }, select: { id: true } })) {
      throw new AppError("CONFLICT", "secondFactor.passkeyExists");
    }
    await tx.passkey.create({
      data: {
        id: credential.id,
        userId: actor.userId,
        publicKey: Buffer.from(credential.publicKey),
        counter: BigInt(credential.counter),
        transports: credential.transports ?? [],
        name,
        createdAt: now,
      },
    });
    const ended = await afterFactorChange(tx, actor, now);
    await writeAudit(tx, {
      actor,
      action: "user.second-factor-enrol",
      entityType: "User",
      entityId: actor.userId,
      after: { method: "passkey", name, otherSessionsEnded: ended },
    });
    return { id: credential.id };
  });
}

export async function removePasskey({
  actor,
  passkeyId,
  now = clockNow(),
}: {
  actor: Actor;
  passkeyId: string;
  now?: Date;
}): Promise<void> {
  assertCan(actor, "account:own");
  await prisma.$transaction(async (tx) => {
    const { count } = await tx.passkey.deleteMany({ where: { id: passkeyId, userId: actor.userId } });
    if (count !== 1) throw new AppError("NOT_FOUND", "No such passkey");
    const left = await tx.user.findUnique({
      where: { id: actor.userId },
      select: { totpSecret: true, _count: { select: { passkeys: true } } },
    });
    if (!left?.totpSecret && left?._count.passkeys === 0) await tx.recoveryCode.deleteMany({ where: { userId: actor.userId } });
    const ended = await afterFactorChange(tx, actor, now);
    await writeAudit(tx, {
      actor,
      action: "user.second-factor-remove",
      entityType: "User",
      entityId: actor.userId,
      after: { method: "passkey", otherSessionsEnded: ended },
    });
  });
}

/** Options for signing in with a passkey (any passkey of this site: the browser offers them). */
export async function passkeyAuthenticationOptions({ now = clockNow() }: { now?: Date } = {}): Promise<{
  challengeId: string;
  options: PublicKeyCredentialRequestOptionsJSON;
}> {
  const rp = relyingParty();
  const options = await generateAuthenticationOptions({ rpID: rp.id, userVerification: "preferred" });
  return { challengeId: await storeChallenge(options.challenge, "authentication", null, now), options };
}

/**
 * Checks a passkey's signature over a challenge this portal issued. `requireUserVerification`: for a
 * sign-in with the passkey alone (the authenticator checked a PIN or biometric). The user's id and
 * email, or null when anything is wrong.
 */
export async function verifyPasskeyAssertion({
  challengeId,
  response,
  requireUserVerification,
  now = clockNow(),
}: {
  challengeId: string;
  response: AuthenticationResponseJSON;
  requireUserVerification: boolean;
  now?: Date;
}): Promise<{ userId: string; email: string } | null> {
  const challenge = await takeChallenge(challengeId, "authentication", null, now);
  if (!challenge || typeof response?.id !== "string") return null;
  const passkey = await prisma.passkey.findUnique({
    where: { id: response.id },
    include: { user: { select: { email: true, active: true } } },
  });
  if (!passkey || !passkey.user.active) return null;
  const rp = relyingParty();
  const verification = await verifyAuthenticationResponse({
    response,
    expectedChallenge: challenge,
    expectedOrigin: rp.origin,
    expectedRPID: rp.id,
    requireUserVerification,
    credential: {
      id: passkey.id,
      publicKey: new Uint8Array(passkey.publicKey),
      counter: Number(passkey.counter),
      transports: passkey.transports as AuthenticatorTransport[],
    },
  }).catch(() => null);
  if (!verification?.verified) return null;
  await prisma.passkey.update({
    where: { id: passkey.id },
    data: { counter: BigInt(verification.authenticationInfo.newCounter), lastUsedAt: now },
  });
  return { userId: passkey.userId, email: passkey.user.email };
}
