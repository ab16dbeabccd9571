import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/db/test-database";
import { createPrismaClient } from "@/lib/db/create-client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { hashPassword } from "@/lib/auth/password";
import { totpCode } from "@/lib/auth/second-factor/totp";
import { closeIntegrationDatabase } from "../support/integration";

// The second factor's operations on a real PostgreSQL: enrolment by a first code, recovery codes
// used once, every factor change ending the other sessions, the admin's reset (audited, mail in the
// outbox), and the decision whether a session may go further than the enrolment page.
let db: TestDatabase;
let prisma: PrismaClient;

beforeAll(async () => {
  db = await createTestDatabase({ prefix: "sp_second_factor" });
  Object.assign(process.env, { DATABASE_URL: db.connectionString, SP_TEST_CLOCK: "1", NEXTAUTH_SECRET: "integration-test-secret" });
  prisma = createPrismaClient(db.connectionString, 2);
});
afterAll(() => closeIntegrationDatabase({ db, prisma }));

async function person(role: "CIVIL_SOCIETY" | "SECRETARIAT" | "ADMIN" | "STATE", email: string) {
  return prisma.user.create({
    data: {
      name: email,
      email,
      role,
      passwordHash: await hashPassword("the right passphrase"),
      organisation: role === "CIVIL_SOCIETY" ? "NGO" : null,
    },
  });
}

async function session(userId: string, secondFactor: string | null = null) {
  const { createUserSession } = await import("@/lib/auth/user-sessions");
  const { now } = await import("@/lib/core/clock");
  return createUserSession({ userId, address: "203.0.113.1", userAgent: null, now: now(), secondFactor });
}

async function actorIn(userId: string, sessionId: string): Promise<Actor> {
  const actor = await (await import("@/lib/auth/load-actor")).loadActor(userId, { sessionId });
  if (!actor) throw new Error("no actor");
  return actor;
}

/** Enrols TOTP for the user through the enrolment operations; the key and the recovery codes. */
async function enrol(actor: Actor): Promise<{ key: string; recoveryCodes: string[] }> {
  const { pendingTotpKey, confirmTotp } = await import("@/lib/auth/second-factor/factors");
  const { now } = await import("@/lib/core/clock");
  const key = (await pendingTotpKey({ actor }))!;
  const { recoveryCodes } = await confirmTotp({ actor, code: totpCode(key, now()) });
  return { key, recoveryCodes };
}

describe("enrolment", () => {
  it("a secretariat session without a factor is held at the enrolment page until a first code confirms the key", async () => {
    const { pendingTotpKey, confirmTotp, factorStatus } = await import("@/lib/auth/second-factor/factors");
    const { now } = await import("@/lib/core/clock");
    const u = await person("SECRETARIAT", "officer@ohchr.example");
    const [here, elsewhere] = [await session(u.id), await session(u.id)];
    const actor = await actorIn(u.id, here);
    expect(actor.secondFactorPending).toBe(true);

    const key = (await pendingTotpKey({ actor }))!;
    expect(await pendingTotpKey({ actor })).toBe(key); // the same key until confirmed
    const stored = await prisma.user.findUniqueOrThrow({ where: { id: u.id } });
    expect(stored.totpPendingSecret).not.toContain(key); // encrypted at rest
    expect(stored.totpSecret).toBeNull();

    const wrong = String((Number(totpCode(key, now())) + 1) % 1_000_000).padStart(6, "0");
    await expect(confirmTotp({ actor, code: wrong })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      fieldErrors: { code: ["secondFactor.codeWrong"] },
    });

    const { recoveryCodes } = await confirmTotp({ actor, code: totpCode(key, now()) });
    expect(recoveryCodes).toHaveLength(10);
    expect((await factorStatus(u.id)).totp).toBe(true);
    // The session that enrolled goes on; the other one (whoever holds it) is ended.
    expect((await actorIn(u.id, here)).secondFactorPending).toBeUndefined();
    expect(await (await import("@/lib/auth/load-actor")).loadActor(u.id, { sessionId: elsewhere })).toBeNull();
    expect((await prisma.userSession.findUniqueOrThrow({ where: { id: elsewhere } })).revokedReason).toBe("second-factor-change");
    // Neither the key nor the codes are stored in clear or audited.
    const hashes = await prisma.recoveryCode.findMany({ where: { userId: u.id } });
    expect(hashes).toHaveLength(10);
    for (const c of recoveryCodes) expect(hashes.some((h) => h.codeHash.includes(c.replace("-", "")))).toBe(false);
    const audit = await prisma.auditEntry.findMany({ where: { entityId: u.id } });
    expect(audit.map((a) => a.action)).toContain("user.second-factor-enrol");
    const auditText = JSON.stringify(audit.map((a) => [a.before, a.after, a.changedFields]));
    expect(auditText).not.toContain(key);
    for (const c of recoveryCodes) expect(auditText).not.toContain(c);
    expect(await pendingTotpKey({ actor })).toBeNull(); // never shown again
  });

  it("a State user needs a factor only when the setting asks for it", async () => {
    const u = await person("STATE", "mission@state.example");
    const s = await session(u.id);
    expect((await actorIn(u.id, s)).secondFactorPending).toBeUndefined();
    await prisma.setting.create({ data: { key: "auth.stateSecondFactorRequired", value: true } });
    try {
      expect((await actorIn(u.id, s)).secondFactorPending).toBe(true);
    } finally {
      await prisma.setting.delete({ where: { key: "auth.stateSecondFactorRequired" } });
    }
  });
});

describe("codes at sign-in", () => {
  it("a TOTP code works once, and no earlier code after it; a recovery code works once", async () => {
    const { verifySecondFactorCode } = await import("@/lib/auth/second-factor/factors");
    const { now } = await import("@/lib/core/clock");
    const u = await person("CIVIL_SOCIETY", "careful@ngo.example");
    const { key, recoveryCodes } = await enrol(await actorIn(u.id, await session(u.id)));
    const at = (seconds: number) => new Date(now().getTime() + seconds * 1000);
    // The code that confirmed the enrolment is used up already.
    expect(await verifySecondFactorCode(u.id, totpCode(key, now()), now())).toBeNull();
    // Thirty seconds on: the new code works once; replayed within its window, it is refused.
    expect(await verifySecondFactorCode(u.id, totpCode(key, at(30)), at(30))).toBe("totp");
    expect(await verifySecondFactorCode(u.id, totpCode(key, at(30)), at(45))).toBeNull();
    // The phone a step ahead: its code works once, and is still refused when the server's clock gets there.
    expect(await verifySecondFactorCode(u.id, totpCode(key, at(90)), at(60))).toBe("totp");
    expect(await verifySecondFactorCode(u.id, totpCode(key, at(90)), at(90))).toBeNull();
    // Two sign-ins racing with one code: one wins.
    const raced = await Promise.all([0, 1, 2].map(() => verifySecondFactorCode(u.id, totpCode(key, at(120)), at(120))));
    expect(raced.filter((m) => m === "totp")).toHaveLength(1);
    // Only the steps a clock may still accept are kept: those of 90 and 120 seconds on.
    expect((await prisma.totpUsedStep.findMany({ where: { userId: u.id }, orderBy: { step: "asc" } })).map((r) => r.step)).toEqual(
      [90, 120].map((sec) => Math.floor(at(sec).getTime() / 30_000)),
    );
    expect(await verifySecondFactorCode(u.id, totpCode(key, new Date(now().getTime() + 5 * 60_000)), now())).toBeNull();
    expect(await verifySecondFactorCode(u.id, recoveryCodes[0]!, now())).toBe("recovery-code");
    expect(await verifySecondFactorCode(u.id, recoveryCodes[0]!, now())).toBeNull();
    expect(await verifySecondFactorCode(u.id, recoveryCodes[1]!.toUpperCase(), now())).toBe("recovery-code");
    expect(await verifySecondFactorCode(u.id, "abcde-fghjk", now())).toBeNull();
    const other = await person("CIVIL_SOCIETY", "other@ngo.example");
    expect(await verifySecondFactorCode(other.id, recoveryCodes[2]!, now())).toBeNull(); // another's code
  });

  it("a passkey challenge is kept in the database and used once", async () => {
    const { passkeyAuthenticationOptions, verifyPasskeyAssertion } = await import("@/lib/auth/second-factor/passkeys");
    const { challengeId, options } = await passkeyAuthenticationOptions();
    expect((await prisma.webAuthnChallenge.findUniqueOrThrow({ where: { id: challengeId } })).challenge).toBe(options.challenge);
    const bogus = { id: "nope", rawId: "nope", type: "public-key", response: {}, clientExtensionResults: {} } as never;
    expect(await verifyPasskeyAssertion({ challengeId, response: bogus, requireUserVerification: true })).toBeNull();
    expect(await prisma.webAuthnChallenge.findUnique({ where: { id: challengeId } })).toBeNull();
  });

  it("challenges for a passkey sign-in are counted per address: past the limit, 429 and no new row", async () => {
    const { POST } = await import("@/app/api/passkeys/options/route");
    const { PASSKEY_OPTIONS_LIMITS } = await import("@/lib/auth/anonymous-throttle");
    const ask = (address: string) =>
      POST(new Request("http://localhost/api/passkeys/options", { method: "POST", headers: { "x-sp-client-address": address } }));
    for (let i = 0; i < PASSKEY_OPTIONS_LIMITS.perAddress; i++) expect((await ask("198.51.100.60")).status).toBe(200);
    const rows = await prisma.webAuthnChallenge.count();
    const refused = await ask("198.51.100.60");
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await refused.json()).toMatchObject({ status: 429, error: "TOO_MANY_REQUESTS" });
    expect(await prisma.webAuthnChallenge.count()).toBe(rows);
    // Another address still gets its challenge.
    expect((await ask("198.51.100.61")).status).toBe(200);
  });
});

describe("losing a factor", () => {
  it("an admin resets it: factors gone, every session ended, audited, the user told by mail", async () => {
    const { resetSecondFactor } = await import("@/lib/auth/second-factor/reset-second-factor");
    const { factorStatus } = await import("@/lib/auth/second-factor/factors");
    const adminUser = await person("ADMIN", "admin@ohchr.example");
    const admin = await actorIn(adminUser.id, await session(adminUser.id, "totp"));
    const u = await person("SECRETARIAT", "lost-phone@ohchr.example");
    const here = await session(u.id);
    await enrol(await actorIn(u.id, here));

    const holder = await person("CIVIL_SOCIETY", "nosy@ngo.example");
    const notAdmin = await actorIn(holder.id, await session(holder.id));
    await expect(resetSecondFactor({ actor: notAdmin, userId: u.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(resetSecondFactor({ actor: admin, userId: admin.userId })).rejects.toMatchObject({ code: "FORBIDDEN" });

    await resetSecondFactor({ actor: admin, userId: u.id });
    expect(await factorStatus(u.id)).toMatchObject({ totp: false, recoveryCodesLeft: 0, passkeys: [] });
    expect((await prisma.userSession.findUniqueOrThrow({ where: { id: here } })).revokedReason).toBe("second-factor-reset");
    const audit = await prisma.auditEntry.findFirstOrThrow({ where: { action: "user.second-factor-reset", entityId: u.id } });
    expect(audit.actorId).toBe(admin.userId);
    const mail = await prisma.outboxMessage.findFirstOrThrow({ where: { kind: "user.second-factor-reset" } });
    expect(mail.toAddresses).toEqual(["lost-phone@ohchr.example"]);
    expect(mail).toMatchObject({ urgent: false, atOnce: true }); // account security: at once, not labelled urgent (R1)
    // Signed in again with the password alone, they reach only the enrolment page.
    expect((await actorIn(u.id, await session(u.id))).secondFactorPending).toBe(true);
  });
});

describe("the sign-in itself (next-auth's credentials provider)", () => {
  type Authorize = (
    raw: Record<string, string>,
    req: { headers: Record<string, string> },
  ) => Promise<{ id: string; sessionId: string } | null>;
  async function authorizeOf(id: string): Promise<Authorize> {
    const { authOptions } = await import("@/lib/auth/options");
    const provider = authOptions.providers.find((p) => p.id === id) as unknown as { options: { authorize: Authorize } };
    return provider.options.authorize;
  }
  const from = async (address: string) => ({ headers: { [(await import("@/lib/core/client-address")).CLIENT_ADDRESS_HEADER]: address } });

  it("asks for the code after the right password, counts wrong codes as failures, and records how the factor was given", async () => {
    const { now } = await import("@/lib/core/clock");
    const authorize = await authorizeOf("credentials");
    const u = await person("SECRETARIAT", "guarded@ohchr.example");
    const { key } = await enrol(await actorIn(u.id, await session(u.id, null)));
    const base = { email: u.email, password: "the right passphrase" };

    // No code: not a failure, the form asks for it.
    await expect(authorize(base, await from("203.0.113.50"))).rejects.toThrow("SecondFactorRequired");
    // A wrong password with the right code is still a wrong password.
    expect(await authorize({ ...base, password: "wrong", code: totpCode(key, now()) }, await from("203.0.113.50"))).toBeNull();
    // Wrong codes are failed sign-ins: audited, and counted by the throttle (5 per account and address).
    for (let i = 0; i < 4; i++) {
      await expect(
        authorize({ ...base, code: "000000" === totpCode(key, now()) ? "111111" : "000000" }, await from("203.0.113.50")),
      ).rejects.toThrow("SecondFactorFailed");
    }
    const failed = await prisma.auditEntry.findMany({ where: { action: "auth.sign-in-failed", entityId: u.id } });
    expect(failed).toHaveLength(5);
    expect(failed.filter((a) => JSON.stringify(a.after).includes("second-factor"))).toHaveLength(4);
    await expect(authorize({ ...base, code: totpCode(key, now()) }, await from("203.0.113.50"))).rejects.toThrow(/^TooManyAttempts/);

    // From elsewhere, the right code signs in (the next step's: the enrolment used up the current one);
    // the session records the factor.
    const next = totpCode(key, new Date(now().getTime() + 30_000));
    const user = await authorize({ ...base, code: next }, await from("198.51.100.50"));
    expect(user?.id).toBe(u.id);
    expect((await prisma.userSession.findUniqueOrThrow({ where: { id: user!.sessionId } })).secondFactor).toBe("totp");
    expect((await actorIn(u.id, user!.sessionId)).secondFactorPending).toBeUndefined();
    // The same code again, with the password: refused, as a failure.
    await expect(authorize({ ...base, code: next }, await from("198.51.100.50"))).rejects.toThrow("SecondFactorFailed");
  });

  it("a password alone signs in a secretariat user without a factor — to the enrolment page only", async () => {
    const authorize = await authorizeOf("credentials");
    const u = await person("SECRETARIAT", "newcomer@ohchr.example");
    const user = await authorize({ email: u.email, password: "the right passphrase" }, await from("203.0.113.60"));
    expect((await actorIn(u.id, user!.sessionId)).secondFactorPending).toBe(true);
  });
});
