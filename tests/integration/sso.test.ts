// Single sign-on (issue 12, item 7) on real PostgreSQL: which account an identity provider's claims
// reach, what is refused, what the audit log and the sessions keep, and the per-account switch that
// turns password sign-in off.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import bcrypt from "bcryptjs";
import { createTestDatabase, type TestDatabase } from "@/lib/db/test-database";
import { createPrismaClient } from "@/lib/db/create-client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { actorByEmail, closeIntegrationDatabase } from "../support/integration";

let db: TestDatabase;
let prisma: PrismaClient;
let admin: Actor;
const config = { issuer: "https://login.example/tenant", emailClaim: "email", emailVerifiedClaim: "email_verified" };
const SSO_ENV = { OIDC_ISSUER: "https://login.microsoftonline.com/tenant/v2.0", OIDC_CLIENT_ID: "portal", OIDC_CLIENT_SECRET: "s3cret" };

beforeAll(async () => {
  db = await createTestDatabase({ prefix: "sp_sso" });
  process.env.DATABASE_URL = db.connectionString;
  prisma = createPrismaClient(db.connectionString, 2);
  const hash = bcrypt.hashSync("the staff password", 4);
  await prisma.user.createMany({
    data: [
      { name: "Admin", email: "admin@ohchr.example", role: "ADMIN", passwordHash: hash },
      { name: "Staff", email: "staff@ohchr.example", role: "SECRETARIAT", passwordHash: hash },
      { name: "Gone", email: "gone@ohchr.example", role: "SECRETARIAT", passwordHash: hash, active: false },
      { name: "Civil", email: "civil@ngo.example", role: "CIVIL_SOCIETY", passwordHash: hash },
    ],
  });
  admin = await actorByEmail(prisma, "admin@ohchr.example");
});
afterAll(() => closeIntegrationDatabase({ db, prisma }));

async function sso(claims: Record<string, unknown>, address = "203.0.113.20") {
  const { ssoSignIn } = await import("@/lib/auth/sso-sign-in");
  const { now } = await import("@/lib/core/clock");
  return ssoSignIn({ claims, config, address, userAgent: "Mozilla/5.0 Chrome/156.0", now: now() });
}

async function auditSince(id: bigint | number) {
  return prisma.auditEntry.findMany({ where: { id: { gt: id } }, orderBy: { id: "asc" } });
}
async function lastAuditId() {
  return (await prisma.auditEntry.findFirst({ orderBy: { id: "desc" }, select: { id: true } }))?.id ?? 0;
}

describe("single sign-on matching", () => {
  it("a verified address signs in to its active account, whatever its case, with a session of method oidc", async () => {
    const before = await lastAuditId();
    const result = await sso({ sub: "abc", email: "Staff@OHCHR.example", email_verified: true, name: "Someone Else", roles: ["ADMIN"] });
    const staff = await prisma.user.findUniqueOrThrow({ where: { email: "staff@ohchr.example" } });
    expect(result).toMatchObject({ ok: true, user: { id: staff.id } });
    if (!result.ok) throw new Error("refused");
    // The provider's name and roles change nothing: the portal's role and name stay.
    expect(staff).toMatchObject({ role: "SECRETARIAT", name: "Staff" });
    expect(staff.lastSignInAt).not.toBeNull();
    const session = await prisma.userSession.findUniqueOrThrow({ where: { id: result.sessionId } });
    expect(session).toMatchObject({ userId: staff.id, method: "oidc", address: "203.0.113.20", revokedAt: null });

    // The session is checked on every request like a password one, and says how it signed in.
    const { loadActor } = await import("@/lib/auth/load-actor");
    expect(await loadActor(staff.id, { sessionId: result.sessionId })).toMatchObject({ role: "SECRETARIAT", signInMethod: "oidc" });

    // The first single sign-on links the account to the provider's subject.
    expect(staff).toMatchObject({ ssoIssuer: config.issuer, ssoSubject: "abc" });
    const rows = await auditSince(before);
    expect(rows.map((r) => [r.action, r.entityId, r.actorId, r.ip, r.after])).toEqual([
      ["user.sso-link", staff.id, staff.id, "203.0.113.20", null],
      ["auth.sign-in", staff.id, staff.id, "203.0.113.20", { method: "oidc" }],
    ]);
  });

  it("the provider's subject decides: a new address still reaches the linked account; the old address, given to someone else, does not", async () => {
    const staff = await prisma.user.findUniqueOrThrow({ where: { email: "staff@ohchr.example" } });
    expect(staff.ssoSubject).toBe("abc");
    // The person's address changed at the provider (a new name, a new domain): the same account.
    expect(await sso({ sub: "abc", email: "staff.renamed@ohchr.example", email_verified: true })).toMatchObject({
      ok: true,
      user: { id: staff.id },
    });
    // The provider gave the old address to a new colleague: refused, and the account stays linked.
    const before = await lastAuditId();
    const sessions = await prisma.userSession.count();
    expect(await sso({ sub: "new-colleague", email: "staff@ohchr.example", email_verified: true })).toEqual({
      ok: false,
      reason: "linked-to-another",
    });
    // The same subject at another provider is another person.
    const { ssoSignIn } = await import("@/lib/auth/sso-sign-in");
    const elsewhere = await ssoSignIn({
      claims: { sub: "abc", email: "staff@ohchr.example", email_verified: true },
      config: { ...config, issuer: "https://elsewhere.example" },
      address: null,
      userAgent: null,
      now: new Date("2026-12-05T10:00:00Z"),
    });
    expect(elsewhere).toEqual({ ok: false, reason: "linked-to-another" });
    // No subject at all: refused before any address is looked at.
    expect(await sso({ email: "civil@ngo.example", email_verified: true })).toEqual({ ok: false, reason: "subject-missing" });
    expect(await prisma.userSession.count()).toBe(sessions);
    expect(await prisma.user.findUniqueOrThrow({ where: { id: staff.id } })).toMatchObject({ ssoIssuer: config.issuer, ssoSubject: "abc" });
    expect((await auditSince(before)).map((r) => [r.action, r.entityId, r.after])).toEqual([
      ["auth.sign-in-refused", staff.id, { method: "oidc", reason: "linked-to-another" }],
      ["auth.sign-in-refused", staff.id, { method: "oidc", reason: "linked-to-another" }],
      ["auth.sign-in-refused", "unknown", { method: "oidc", reason: "subject-missing" }],
    ]);
    const civil = await prisma.user.findUniqueOrThrow({ where: { email: "civil@ngo.example" } });
    expect(civil.ssoSubject).toBeNull();
  });

  it("refuses an unknown address, an unverified one and a deactivated account, never creating an account", async () => {
    const users = await prisma.user.count();
    const sessions = await prisma.userSession.count();
    const before = await lastAuditId();
    const gone = await prisma.user.findUniqueOrThrow({ where: { email: "gone@ohchr.example" } });

    expect(await sso({ sub: "x1", email: "new.person@ohchr.example", email_verified: true })).toEqual({ ok: false, reason: "no-account" });
    expect(await sso({ sub: "x2", email: "staff@ohchr.example", email_verified: false })).toEqual({
      ok: false,
      reason: "email-unverified",
    });
    expect(await sso({ sub: "x3", email: "staff@ohchr.example" })).toEqual({ ok: false, reason: "email-unverified" });
    expect(await sso({ sub: "x4", preferred_username: "staff@ohchr.example", email_verified: true })).toEqual({
      ok: false,
      reason: "email-missing",
    });
    expect(await sso({ sub: "x5", email: "gone@ohchr.example", email_verified: true }, "198.51.100.7")).toEqual({
      ok: false,
      reason: "no-account",
    });

    expect(await prisma.user.count()).toBe(users);
    expect(await prisma.userSession.count()).toBe(sessions);
    const rows = await auditSince(before);
    expect(rows.map((r) => [r.action, r.entityId, r.actorId, r.ip, r.after])).toEqual([
      ["auth.sign-in-refused", "unknown", null, "203.0.113.20", { method: "oidc", reason: "no-account" }],
      ["auth.sign-in-refused", "unknown", null, "203.0.113.20", { method: "oidc", reason: "email-unverified" }],
      ["auth.sign-in-refused", "unknown", null, "203.0.113.20", { method: "oidc", reason: "email-unverified" }],
      ["auth.sign-in-refused", "unknown", null, "203.0.113.20", { method: "oidc", reason: "email-missing" }],
      ["auth.sign-in-refused", gone.id, null, "198.51.100.7", { method: "oidc", reason: "no-account" }],
    ]);
    // Neither the claimed address nor anything the provider sent is kept.
    expect(JSON.stringify(rows, (_k, v: unknown) => (typeof v === "bigint" ? String(v) : v))).not.toMatch(
      /new\.person|preferred_username|x1|x5/,
    );
  });
});

describe("an administrator unlinks an account from the identity provider", () => {
  it("ends its single sign-on sessions; the next single sign-on links the account to the person it names then", async () => {
    const { unlinkSso } = await import("@/lib/users/unlink-sso");
    const linked = await prisma.user.create({
      data: {
        name: "Linked",
        email: "linked@ohchr.example",
        role: "SECRETARIAT",
        passwordHash: "x",
        ssoIssuer: config.issuer,
        ssoSubject: "old-sub",
      },
    });
    const first = await sso({ sub: "old-sub", email: "linked@ohchr.example", email_verified: true });
    if (!first.ok) throw new Error("refused");
    // The provider recreated the person's account: a new subject, refused while the old link holds.
    expect(await sso({ sub: "new-sub", email: "linked@ohchr.example", email_verified: true })).toEqual({
      ok: false,
      reason: "linked-to-another",
    });

    const nobody = await actorByEmail(prisma, "civil@ngo.example");
    await expect(unlinkSso({ actor: nobody, input: { userId: linked.id } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const before = await lastAuditId();
    await unlinkSso({ actor: admin, input: { userId: linked.id } });
    expect(await prisma.user.findUniqueOrThrow({ where: { id: linked.id } })).toMatchObject({ ssoIssuer: null, ssoSubject: null });
    expect((await prisma.userSession.findUniqueOrThrow({ where: { id: first.sessionId } })).revokedReason).toBe("sso-unlinked");
    expect((await auditSince(before)).map((r) => [r.action, r.entityId, r.actorId, r.before, r.after])).toEqual([
      ["user.sso-unlink", linked.id, admin.userId, { ssoLinked: true }, { ssoLinked: false, sessionsEnded: 1 }],
    ]);
    await expect(unlinkSso({ actor: admin, input: { userId: linked.id } })).rejects.toMatchObject({ code: "CONFLICT" });

    expect(await sso({ sub: "new-sub", email: "linked@ohchr.example", email_verified: true })).toMatchObject({ ok: true });
    expect(await prisma.user.findUniqueOrThrow({ where: { id: linked.id } })).toMatchObject({ ssoSubject: "new-sub" });
  });
});

describe("password sign-in switched off for an account", () => {
  it("needs single sign-on to be configured", async () => {
    const { setPasswordSignIn } = await import("@/lib/users/set-password-sign-in");
    const civil = await prisma.user.findUniqueOrThrow({ where: { email: "civil@ngo.example" } });
    await expect(setPasswordSignIn({ actor: admin, input: { userId: civil.id, disabled: true } })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "users.ssoNotConfigured",
    });
  });

  it("refuses the right password (audited), ends password sessions only, and refuses a password change", async () => {
    Object.assign(process.env, SSO_ENV);
    try {
      const { setPasswordSignIn } = await import("@/lib/users/set-password-sign-in");
      const { checkPassword, verifyCredentials } = await import("@/lib/auth/verify-credentials");
      const { createUserSession } = await import("@/lib/auth/user-sessions");
      const { changeOwnPassword } = await import("@/lib/users/change-own-password");
      const { now } = await import("@/lib/core/clock");
      const staff = await prisma.user.findUniqueOrThrow({ where: { email: "staff@ohchr.example" } });
      expect(await verifyCredentials(staff.email, "the staff password")).toMatchObject({ id: staff.id });
      const pw = await createUserSession({ userId: staff.id, address: null, userAgent: null, now: now() });
      const viaSso = await createUserSession({ userId: staff.id, address: null, userAgent: null, now: now(), method: "oidc" });

      const before = await lastAuditId();
      await setPasswordSignIn({ actor: admin, input: { userId: staff.id, disabled: true } });
      expect((await prisma.userSession.findUniqueOrThrow({ where: { id: pw } })).revokedReason).toBe("password-sign-in-disabled");
      expect((await prisma.userSession.findUniqueOrThrow({ where: { id: viaSso } })).revokedAt).toBeNull();

      expect(await checkPassword(staff.email, "the staff password")).toEqual({ ok: false, reason: "password-sign-in-disabled" });
      expect(await checkPassword(staff.email, "a wrong password")).toEqual({ ok: false, reason: "wrong" });
      expect(await verifyCredentials(staff.email, "the staff password")).toBeNull();
      const { auditFailedSignIn } = await import("@/lib/auth/verify-credentials");
      await auditFailedSignIn({ email: staff.email, address: "203.0.113.30", refused: false, reason: "password-sign-in-disabled" });

      const { loadActor } = await import("@/lib/auth/load-actor");
      const actor = (await loadActor(staff.id, { sessionId: viaSso }))!;
      await expect(
        changeOwnPassword({
          actor,
          input: { currentPassword: "the staff password", newPassword: "another long password", confirmPassword: "another long password" },
        }),
      ).rejects.toMatchObject({ code: "CONFLICT", message: "users.passwordSignInDisabledOwn" });
      // Single sign-on still works.
      expect(await sso({ sub: "abc", email: staff.email, email_verified: true })).toMatchObject({ ok: true });

      const rows = await auditSince(before);
      expect(rows.map((r) => [r.action, r.entityId, r.after])).toEqual([
        ["user.disable-password-sign-in", staff.id, { id: staff.id, passwordSignInDisabled: true }],
        ["auth.sign-in-failed", staff.id, { reason: "password-sign-in-disabled" }],
        ["auth.sign-in", staff.id, { method: "oidc" }],
      ]);

      await setPasswordSignIn({ actor: admin, input: { userId: staff.id, disabled: false } });
      expect(await checkPassword(staff.email, "the staff password")).toMatchObject({ ok: true });
    } finally {
      for (const k of Object.keys(SSO_ENV)) delete process.env[k];
    }
  });
});
