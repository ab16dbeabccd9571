import { afterAll, beforeAll, describe, expect, it } from "vitest";
import bcrypt from "bcryptjs";
import { createTestDatabase, type TestDatabase } from "@/lib/db/test-database";
import { createPrismaClient } from "@/lib/db/create-client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { closeIntegrationDatabase } from "../support/integration";

// lib/ functions use the shared client, which reads DATABASE_URL on first use.
let db: TestDatabase;
let prisma: PrismaClient;
let admin: Actor;

beforeAll(async () => {
  db = await createTestDatabase({ prefix: "sp_audit" });
  process.env.DATABASE_URL = db.connectionString;
  prisma = createPrismaClient(db.connectionString, 2);
  const user = await prisma.user.create({
    data: { name: "Admin", email: "admin@test.example", role: "ADMIN", passwordHash: bcrypt.hashSync("x", 4) },
  });
  admin = {
    userId: user.id,
    role: "ADMIN",
    name: "Admin",
    email: user.email,
    timeZone: "Europe/Zurich",
    stateId: null,
    mandateHolderId: null,
    mandateIds: [],
    coordinationCommittee: false,
  };
});
afterAll(() => closeIntegrationDatabase({ db, prisma }));

const input = (email: string) => ({
  name: "New Person",
  email,
  role: "CIVIL_SOCIETY" as const,
  locale: "en" as const,
  stateId: null,
  mandateHolderId: null,
  organisation: "NGO",
});

describe("sign-in attempts", () => {
  it("a success, a failure and a refusal are written with the address, never what was typed", async () => {
    const { auditFailedSignIn, verifyCredentials } = await import("@/lib/auth/verify-credentials");
    const user = await prisma.user.create({
      data: { name: "Signer", email: "signer@test.example", role: "CIVIL_SOCIETY", passwordHash: bcrypt.hashSync("right password", 4) },
    });
    expect(await verifyCredentials("signer@test.example", "right password", "203.0.113.8")).toMatchObject({ id: user.id });
    await auditFailedSignIn({ email: "signer@test.example", address: "203.0.113.9", refused: false });
    await auditFailedSignIn({ email: "signer@test.example", address: "203.0.113.9", refused: true });
    await auditFailedSignIn({ email: "my-password-typed-here", address: "198.51.100.1", refused: false });
    const rows = await prisma.auditEntry.findMany({ where: { action: { startsWith: "auth." } }, orderBy: { id: "asc" } });
    expect(rows.map((r) => [r.action, r.entityId, r.ip])).toEqual([
      ["auth.sign-in", user.id, "203.0.113.8"],
      ["auth.sign-in-failed", user.id, "203.0.113.9"],
      ["auth.sign-in-refused", user.id, "203.0.113.9"],
      ["auth.sign-in-failed", "unknown", "198.51.100.1"],
    ]);
    expect(JSON.stringify(rows, (_k, v: unknown) => (typeof v === "bigint" ? String(v) : v))).not.toContain("my-password-typed-here");
  });
});

describe("audit entries", () => {
  it("are written with the mutation: who, what, which record, before/after", async () => {
    const { createUser } = await import("@/lib/users/create-user");
    const user = await createUser({ actor: admin, input: input("new.person@test.example") });
    const entries = await prisma.auditEntry.findMany({ where: { entityType: "User", entityId: user.id }, orderBy: { id: "asc" } });
    // The creation, then the invitation mailed to the person (no password typed by the admin).
    expect(entries.map((e) => e.action)).toEqual(["user.create", "user.invite"]);
    expect(entries[0]).toMatchObject({ actorId: admin.userId, actorRole: "ADMIN", action: "user.create" });
    expect(entries[0]!.after).toMatchObject({ email: "new.person@test.example", role: "CIVIL_SOCIETY" });
    expect(JSON.stringify(entries[0]!.after)).not.toContain("passwordHash");
  });

  it("are written by deactivation with before and after", async () => {
    const { setUserActive } = await import("@/lib/users/set-user-active");
    const target = await prisma.user.findUniqueOrThrow({ where: { email: "new.person@test.example" } });
    await setUserActive({ actor: admin, input: { userId: target.id, active: false } });
    const entry = await prisma.auditEntry.findFirstOrThrow({ where: { entityId: target.id, action: "user.deactivate" } });
    expect(entry.before).toMatchObject({ active: true });
    expect(entry.after).toMatchObject({ active: false });
  });

  it("a mutation whose audit entry cannot be written leaves neither the change nor the entry", async () => {
    const { createUser } = await import("@/lib/users/create-user");
    // An actor id that does not exist makes the audit insert fail (foreign key) after the user insert.
    const ghost: Actor = { ...admin, userId: "00000000-0000-4000-8000-000000000000" };
    const before = await prisma.auditEntry.count();
    await expect(createUser({ actor: ghost, input: input("ghost.made@test.example") })).rejects.toThrow();
    expect(await prisma.user.findUnique({ where: { email: "ghost.made@test.example" } })).toBeNull();
    expect(await prisma.auditEntry.count()).toBe(before);
  });

  it("a refused mutation writes no entry", async () => {
    const { createUser } = await import("@/lib/users/create-user");
    const before = await prisma.auditEntry.count();
    await expect(createUser({ actor: admin, input: input("new.person@test.example") })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await prisma.auditEntry.count()).toBe(before);
  });

  it("the policy refuses a non-admin before anything is written", async () => {
    const { createUser } = await import("@/lib/users/create-user");
    const state: Actor = { ...admin, role: "STATE", stateId: "00000000-0000-4000-8000-0000000000aa" };
    await expect(createUser({ actor: state, input: input("x@test.example") })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("changing one's own password", () => {
  it("needs the right current password, refuses the same one, and records the change without the password", async () => {
    const { changeOwnPassword } = await import("@/lib/users/change-own-password");
    const { verifyCredentials } = await import("@/lib/auth/verify-credentials");
    const user = await prisma.user.create({
      data: {
        name: "Civil Person",
        email: "civil.person@test.example",
        role: "CIVIL_SOCIETY",
        passwordHash: bcrypt.hashSync("the first password", 4),
      },
    });
    const actor: Actor = { ...admin, userId: user.id, role: "CIVIL_SOCIETY", name: user.name, email: user.email };
    const change = (currentPassword: string, newPassword: string) =>
      changeOwnPassword({ actor, input: { currentPassword, newPassword, confirmPassword: newPassword } });

    await expect(change("not the password", "a brand new passphrase")).rejects.toMatchObject({
      code: "INVALID_INPUT",
      fieldErrors: { currentPassword: ["users.currentPasswordWrong"] },
    });
    await expect(change("the first password", "the first password")).rejects.toMatchObject({
      code: "INVALID_INPUT",
      fieldErrors: { newPassword: ["users.samePassword"] },
    });
    expect(await prisma.auditEntry.count({ where: { entityId: user.id, action: "user.change-own-password" } })).toBe(0);

    await change("the first password", "a brand new passphrase");
    expect(await verifyCredentials(user.email, "the first password")).toBeNull();
    expect(await verifyCredentials(user.email, "a brand new passphrase")).toMatchObject({ id: user.id });
    const entry = await prisma.auditEntry.findFirstOrThrow({ where: { entityId: user.id, action: "user.change-own-password" } });
    expect(entry.actorId).toBe(user.id);
    // Neither the password nor its hash is recorded: the entry says that it changed, and how many
    // other sessions of the account that ended.
    expect(entry.before).toBeNull();
    expect(entry.after).toEqual({ otherSessionsEnded: 0 });
  });

  it("is only for a signed-in user acting on their own account", async () => {
    const { changeOwnPassword } = await import("@/lib/users/change-own-password");
    await expect(
      changeOwnPassword({
        actor: null as unknown as Actor,
        input: { currentPassword: "x", newPassword: "a brand new passphrase", confirmPassword: "a brand new passphrase" },
      }),
    ).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });
});

describe("the audit log is append-only (issue 13)", () => {
  it("refuses UPDATE, DELETE and TRUNCATE through SQL, and still accepts INSERT", async () => {
    const count = await prisma.auditEntry.count();
    expect(count).toBeGreaterThan(0);
    await expect(prisma.$executeRawUnsafe(`UPDATE "AuditEntry" SET "action" = 'forged'`)).rejects.toThrow(/append-only/);
    await expect(
      prisma.$executeRawUnsafe(`UPDATE "AuditEntry" SET "after" = NULL WHERE id = (SELECT max(id) FROM "AuditEntry")`),
    ).rejects.toThrow(/append-only/);
    await expect(prisma.$executeRawUnsafe(`DELETE FROM "AuditEntry"`)).rejects.toThrow(/append-only/);
    await expect(prisma.$executeRawUnsafe(`TRUNCATE "AuditEntry"`)).rejects.toThrow(/append-only/);
    await expect(prisma.auditEntry.deleteMany({})).rejects.toThrow(/append-only/);
    expect(await prisma.auditEntry.count({ where: { action: "forged" } })).toBe(0);
    expect(await prisma.auditEntry.count()).toBe(count);
    await prisma.$executeRawUnsafe(
      `INSERT INTO "AuditEntry" ("action", "entityType", "entityId") VALUES ('test.insert', 'Setting', 'portal')`,
    );
    expect(await prisma.auditEntry.count()).toBe(count + 1);
  });
});
