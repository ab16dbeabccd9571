import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/db/test-database";
import { createPrismaClient } from "@/lib/db/create-client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { wantsDemoData } from "@/lib/server/production-config";
import { setClockOffset } from "@/lib/core/clock";
import { prepareDatabase } from "@/scripts/lib/prepare-database";
import { closeIntegrationDatabase } from "../support/integration";

// Issue 13, item 7: production is not the demo. A database reached through DATABASE_URL gets the
// schema and no accounts; `npm run admin:create` makes the first administrator and prints a single-use,
// expiring link, stored hashed, where that person sets their own password.

const run = promisify(execFile);
let db: TestDatabase;
let prisma: PrismaClient;
let link = "";

beforeAll(async () => {
  db = await createTestDatabase({ prefix: "sp_firstadmin", migrate: false });
  Object.assign(process.env, { DATABASE_URL: db.connectionString, SP_TEST_CLOCK: "1" });
  prisma = createPrismaClient(db.connectionString, 2);
});
afterAll(async () => {
  setClockOffset(0);
  await closeIntegrationDatabase({ db, prisma });
});

const accept = async (token: string, newPassword: string, confirmPassword = newPassword) => {
  const { acceptInvitationSchema } = await import("@/lib/users/schemas");
  const { acceptInvitation } = await import("@/lib/users/accept-invitation");
  return acceptInvitation({ input: acceptInvitationSchema.parse({ token, newPassword, confirmPassword }) });
};

describe("a production database", () => {
  it("is migrated and gets no demo accounts", async () => {
    const logs: string[] = [];
    await prepareDatabase(db.connectionString, { demo: wantsDemoData({ embedded: false, env: {} }), log: (m) => logs.push(m) });
    expect(await prisma.user.count()).toBe(0);
    expect(await prisma.communication.count()).toBe(0);
    expect(logs.join("\n")).toContain("npm run admin:create -- --email");
  });

  it("gets its first administrator from `npm run admin:create`, which prints a link whose token is stored hashed", async () => {
    // The command runs in its own process at the tests' instant (tests/support/test-clock.ts).
    const { stdout } = await run(
      process.execPath,
      [
        "--import",
        "tsx",
        "--import",
        "./tests/support/test-clock.ts",
        "scripts/admin-create.ts",
        "--email",
        "First.Admin@Example.org",
        "--name",
        "First Admin",
      ],
      {
        cwd: path.resolve(import.meta.dirname, "../.."),
        env: { ...process.env, DATABASE_URL: db.connectionString, NEXTAUTH_URL: "https://sp-portal.example.org" },
        timeout: 60_000,
      },
    );
    link = stdout.match(/https:\/\/sp-portal\.example\.org\/invitation\/[A-Za-z0-9_-]{43}/)?.[0] ?? "";
    expect(link, stdout).not.toBe("");
    const token = link.split("/").at(-1)!;
    const user = await prisma.user.findUniqueOrThrow({ where: { email: "first.admin@example.org" }, include: { invitations: true } });
    expect(user).toMatchObject({ role: "ADMIN", name: "First Admin", active: true });
    expect(user.invitations).toHaveLength(1);
    expect(user.invitations[0]!.tokenHash).toBe(createHash("sha256").update(token).digest("hex"));
    const stored = JSON.stringify(
      await Promise.all([prisma.userInvitation.findMany(), prisma.auditEntry.findMany(), prisma.user.findMany()]),
      (_k, v: unknown) => (typeof v === "bigint" ? String(v) : v),
    );
    expect(stored).not.toContain(token);
  });

  it("the link lets the person set a password once; it follows the password rules", async () => {
    const { getInvitation } = await import("@/lib/users/get-invitation");
    const { verifyCredentials } = await import("@/lib/auth/verify-credentials");
    const token = link.split("/").at(-1)!;
    expect(await getInvitation({ token })).toEqual({ name: "First Admin", email: "first.admin@example.org" });
    // Nobody can sign in before the invitation is used.
    expect(await verifyCredentials("first.admin@example.org", "")).toBeNull();
    await expect(accept(token, "too short")).rejects.toThrow(/users.passwordTooShort/);
    await expect(accept(token, "a long enough passphrase", "another passphrase")).rejects.toThrow(/users.passwordsDiffer/);
    await accept(token, "a long enough passphrase");
    expect(await verifyCredentials("first.admin@example.org", "a long enough passphrase")).toMatchObject({
      email: "first.admin@example.org",
    });
    expect(await getInvitation({ token })).toBeNull();
    await expect(accept(token, "another long passphrase")).rejects.toMatchObject({ code: "CONFLICT", message: "invitation.invalid" });
    expect(await verifyCredentials("first.admin@example.org", "another long passphrase")).toBeNull();
    const entries = await prisma.auditEntry.findMany({
      where: { entityId: (await prisma.user.findUniqueOrThrow({ where: { email: "first.admin@example.org" } })).id },
      orderBy: { id: "asc" },
    });
    expect(entries.map((e) => e.action)).toEqual(["user.create", "user.invite", "user.accept-invitation", "auth.sign-in"]);
  });

  it("refuses a second invitation for an account in use, and an expired link", async () => {
    const { inviteAdmin } = await import("@/lib/users/invite-admin");
    const { getInvitation } = await import("@/lib/users/get-invitation");
    await expect(inviteAdmin({ input: { email: "first.admin@example.org", name: "Someone" } })).rejects.toMatchObject({ code: "CONFLICT" });
    const first = await inviteAdmin({ input: { email: "second.admin@example.org", name: "Second Admin" } });
    // Asked again before use: a new link, and the old one stops working.
    const second = await inviteAdmin({ input: { email: "second.admin@example.org", name: "Second Admin" } });
    expect(await getInvitation({ token: first.token })).toBeNull();
    expect(await getInvitation({ token: second.token })).not.toBeNull();
    setClockOffset(72 * 3_600_000 + 60_000);
    try {
      expect(await getInvitation({ token: second.token })).toBeNull();
      await expect(accept(second.token, "a long enough passphrase")).rejects.toMatchObject({ code: "CONFLICT" });
    } finally {
      setClockOffset(0);
    }
    expect(await getInvitation({ token: "not-a-token" })).toBeNull();
  });
});
