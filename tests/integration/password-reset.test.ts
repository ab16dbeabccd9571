import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/db/test-database";
import { createPrismaClient } from "@/lib/db/create-client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { hashPassword, passwordMatches } from "@/lib/auth/password";
import { closeIntegrationDatabase, setNow } from "../support/integration";

// Password reset by mail and invitations, on a real PostgreSQL: the link is mailed (through the
// outbox) only for an active account, works once within 30 minutes, ends every session; the caller
// learns nothing about whether the account exists; requests are throttled per address and per email.
let db: TestDatabase;
let prisma: PrismaClient;
const MIN = 60_000;
const json = (v: unknown) => JSON.stringify(v, (_k, x: unknown) => (typeof x === "bigint" ? String(x) : x));
// A Saturday night in Geneva: the mails must go at once all the same (not held for business hours).
const SATURDAY_NIGHT = new Date("2026-03-14T22:30:00Z");

beforeAll(async () => {
  db = await createTestDatabase({ prefix: "sp_reset" });
  Object.assign(process.env, { DATABASE_URL: db.connectionString, SP_TEST_CLOCK: "1", NEXTAUTH_URL: "https://portal.example" });
  prisma = createPrismaClient(db.connectionString, 2);
  await setNow(SATURDAY_NIGHT);
});
afterAll(() => closeIntegrationDatabase({ db, prisma }));

async function person(email: string, opts: { active?: boolean; locale?: string } = {}) {
  return prisma.user.create({
    data: {
      name: `Person ${email}`,
      email,
      role: "CIVIL_SOCIETY",
      organisation: "NGO",
      passwordHash: await hashPassword("the old passphrase"),
      active: opts.active ?? true,
      locale: opts.locale ?? "en",
    },
  });
}

/** A throttle of its own for each test (fresh keys), generous unless told otherwise. */
async function throttle(limits: { perAddress?: number; perEmail?: number } = {}) {
  const { createPasswordResetThrottle } = await import("@/lib/auth/password-reset-throttle");
  const { postgresLimiters } = await import("@/lib/auth/sign-in-throttle");
  const { dbPool } = await import("@/lib/db/client");
  return createPasswordResetThrottle(postgresLimiters(dbPool()), { perAddress: 100, perEmail: 100, ...limits });
}

async function request(email: string, opts: { address?: string; throttle?: Awaited<ReturnType<typeof throttle>> } = {}) {
  const { requestPasswordReset } = await import("@/lib/users/request-password-reset");
  const { runWithRequestContext } = await import("@/lib/core/request-context");
  const { requestPasswordResetSchema } = await import("@/lib/users/schemas");
  const t = opts.throttle ?? (await throttle());
  const input = requestPasswordResetSchema.parse({ email });
  return runWithRequestContext({ address: opts.address ?? "203.0.113.5" }, () => requestPasswordReset({ input, throttle: t }));
}

async function mailsTo(email: string, kind = "user.password-reset") {
  return prisma.outboxMessage.findMany({ where: { toAddresses: { has: email }, kind }, orderBy: { createdAt: "asc" } });
}

function tokenOf(text: string, route = "reset-password"): string {
  const token = new RegExp(`https://portal\\.example/${route}/([A-Za-z0-9_-]{43})`).exec(text)?.[1];
  expect(token, text).toBeTruthy();
  return token!;
}

async function reset(token: string, newPassword = "a brand new passphrase") {
  const { resetPassword } = await import("@/lib/users/reset-password");
  return resetPassword({ input: { token, newPassword, confirmPassword: newPassword } });
}

async function session(userId: string) {
  const { createUserSession } = await import("@/lib/auth/user-sessions");
  const { now } = await import("@/lib/core/clock");
  return createUserSession({ userId, address: "203.0.113.1", userAgent: null, now: now() });
}

describe("asking for a password-reset link", () => {
  it("mails an active account a link in its language, sent at once on a Saturday night without being urgent, and stores only its hash", async () => {
    const u = await person("asker@ngo.example", { locale: "fr" });
    await expect(request("Asker@NGO.example")).resolves.toBeUndefined();
    const [mail] = await mailsTo(u.email);
    expect(mail).toMatchObject({ status: "PENDING", urgent: false, atOnce: true, subject: "SP Portal : choisir un nouveau mot de passe" });
    expect(mail!.heldReason).toBeNull();
    expect(mail!.notBefore).toEqual(mail!.createdAt);
    const token = tokenOf(mail!.textBody);
    const link = await prisma.userInvitation.findFirstOrThrow({ where: { userId: u.id, purpose: "PASSWORD_RESET" } });
    expect(link.tokenHash).not.toContain(token);
    expect(link.expiresAt.getTime() - link.createdAt.getTime()).toBe(30 * MIN);
    const audit = await prisma.auditEntry.findFirstOrThrow({ where: { action: "user.request-password-reset", entityId: u.id } });
    expect(json(audit)).not.toContain(token);
    expect(audit.ip).toBe("203.0.113.5");
  });

  it("answers the same for an unknown address and an inactive account, and mails nothing", async () => {
    await person("gone@ngo.example", { active: false });
    const before = await prisma.outboxMessage.count();
    await expect(request("nobody@nowhere.example")).resolves.toBeUndefined();
    await expect(request("gone@ngo.example")).resolves.toBeUndefined();
    expect(await prisma.outboxMessage.count()).toBe(before);
  });

  it("throttles per address (told to wait) and per target email (silently: the same answer, no more mail)", async () => {
    const u = await person("flooded@ngo.example");
    const t = await throttle({ perAddress: 3, perEmail: 2 });
    await request(u.email, { throttle: t, address: "198.51.100.1" });
    await request(u.email, { throttle: t, address: "198.51.100.2" });
    await expect(request(u.email, { throttle: t, address: "198.51.100.3" })).resolves.toBeUndefined();
    expect(await mailsTo(u.email)).toHaveLength(2);
    // An unknown email counts the same way, so the throttle says nothing about which accounts exist.
    await request("unknown@nowhere.example", { throttle: t, address: "198.51.100.1" });
    await request("unknown@nowhere.example", { throttle: t, address: "198.51.100.1" });
    await expect(request("unknown@nowhere.example", { throttle: t, address: "198.51.100.1" })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "passwordReset.throttled",
    });
  });
});

describe("using a password-reset link", () => {
  it("sets the password once, ends every session, signs nobody in, audits without secrets", async () => {
    const u = await person("resetter@ngo.example");
    const [a, b] = [await session(u.id), await session(u.id)];
    await request(u.email);
    const token = tokenOf((await mailsTo(u.email)).at(-1)!.textBody);
    const { getPasswordReset } = await import("@/lib/users/get-password-reset");
    expect(await getPasswordReset({ token })).toEqual({ email: u.email });

    await expect(reset(token)).resolves.toEqual({ email: u.email });
    const after = await prisma.user.findUniqueOrThrow({ where: { id: u.id } });
    expect(await passwordMatches("a brand new passphrase", after.passwordHash)).toBe(true);
    const sessions = await prisma.userSession.findMany({ where: { userId: u.id } });
    expect(sessions.map((s) => [s.id, s.revokedReason]).sort()).toEqual([a, b].map((id) => [id, "password-reset"]).sort());
    const audit = await prisma.auditEntry.findFirstOrThrow({ where: { action: "user.reset-password", entityId: u.id } });
    expect(audit.after).toEqual({ passwordSet: true, sessionsEnded: 2 });
    expect(json(audit)).not.toMatch(/brand new|\$2[aby]\$/);

    // Single use.
    expect(await getPasswordReset({ token })).toBeNull();
    await expect(reset(token, "yet another passphrase")).rejects.toMatchObject({ message: "passwordReset.invalid" });
    expect(await prisma.userSession.count({ where: { userId: u.id, revokedAt: null } })).toBe(0);
  });

  it("expires after 30 minutes, and a newer link voids the older one", async () => {
    const u = await person("late@ngo.example");
    await request(u.email);
    const first = tokenOf((await mailsTo(u.email)).at(-1)!.textBody);
    await request(u.email);
    const second = tokenOf((await mailsTo(u.email)).at(-1)!.textBody);
    await expect(reset(first)).rejects.toMatchObject({ message: "passwordReset.invalid" });
    const latest = await prisma.userInvitation.findFirstOrThrow({ where: { userId: u.id, usedAt: null } });
    // Time only moves forward here, so that the mails' order is the order they were asked in.
    await setNow(latest.expiresAt);
    await expect(reset(second)).rejects.toMatchObject({ message: "passwordReset.invalid" });
    await request(u.email);
    const third = await prisma.userInvitation.findFirstOrThrow({ where: { userId: u.id, usedAt: null } });
    await setNow(new Date(third.createdAt.getTime() + 29 * MIN));
    try {
      await expect(reset(tokenOf((await mailsTo(u.email)).at(-1)!.textBody))).resolves.toEqual({ email: u.email });
    } finally {
      await setNow(SATURDAY_NIGHT);
    }
  });

  it("is refused for an account deactivated since, and an invitation link is not a reset link (nor the reverse)", async () => {
    const u = await person("deactivated.later@ngo.example");
    await request(u.email);
    const token = tokenOf((await mailsTo(u.email)).at(-1)!.textBody);
    const { acceptInvitation } = await import("@/lib/users/accept-invitation");
    await expect(
      acceptInvitation({ input: { token, newPassword: "x".repeat(12), confirmPassword: "x".repeat(12) } }),
    ).rejects.toMatchObject({
      message: "invitation.invalid",
    });
    await prisma.user.update({ where: { id: u.id }, data: { active: false } });
    await expect(reset(token)).rejects.toMatchObject({ message: "passwordReset.invalid" });
  });
});

describe("accounts an administrator adds", () => {
  let admin: Actor;
  beforeAll(async () => {
    const { createUserSession } = await import("@/lib/auth/user-sessions");
    const { loadActor } = await import("@/lib/auth/load-actor");
    const a = await prisma.user.create({ data: { name: "Admin", email: "admin@un.example", role: "ADMIN", passwordHash: "x" } });
    const sid = await createUserSession({ userId: a.id, address: null, userAgent: null, now: SATURDAY_NIGHT });
    admin = (await loadActor(a.id, { sessionId: sid }))!;
  });

  it("get no known password and an invitation mailed at once; a resend voids the first link; accepting ends the pending state", async () => {
    const { createUser } = await import("@/lib/users/create-user");
    const { resendInvitation } = await import("@/lib/users/resend-invitation");
    const { acceptInvitation } = await import("@/lib/users/accept-invitation");
    const created = await createUser({
      actor: admin,
      input: {
        name: "Nueva",
        email: "nueva@ngo.example",
        role: "CIVIL_SOCIETY",
        locale: "es",
        stateId: null,
        mandateHolderId: null,
        organisation: "ONG",
      },
    });
    expect(created.invitationUrl).toMatch(/^https:\/\/portal\.example\/invitation\/[A-Za-z0-9_-]{43}$/);
    const firstUrl = created.invitationUrl!;
    const user = await prisma.user.findUniqueOrThrow({ where: { id: created.id } });
    expect(user).toMatchObject({ invitationPending: true, locale: "es" });
    const [mail] = await mailsTo(user.email, "user.invitation");
    expect(mail).toMatchObject({ status: "PENDING", urgent: false, atOnce: true, subject: "SP Portal: su cuenta está lista" });
    expect(mail!.textBody).toContain(firstUrl);
    const audits = await prisma.auditEntry.findMany({ where: { entityId: user.id }, orderBy: { id: "asc" } });
    expect(audits.map((a) => a.action)).toEqual(["user.create", "user.invite"]);
    expect(json(audits)).not.toContain(firstUrl.split("/").at(-1));

    const { invitationUrl } = await resendInvitation({ actor: admin, input: { userId: user.id } });
    const input = (url: string) => ({
      token: url.split("/").at(-1)!,
      newPassword: "mi contraseña larga",
      confirmPassword: "mi contraseña larga",
    });
    await expect(acceptInvitation({ input: input(firstUrl) })).rejects.toMatchObject({ message: "invitation.invalid" });
    await acceptInvitation({ input: input(invitationUrl) });
    expect(await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ invitationPending: false });
    await expect(resendInvitation({ actor: admin, input: { userId: user.id } })).rejects.toMatchObject({
      message: "userInvitations.notPending",
    });
  });
});
