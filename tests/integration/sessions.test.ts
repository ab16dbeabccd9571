import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/db/test-database";
import { createPrismaClient } from "@/lib/db/create-client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { hashPassword } from "@/lib/auth/password";
import { closeIntegrationDatabase, setNow } from "../support/integration";

// Sessions the server ends: each request's session is checked against its UserSession row, so a
// password change, a deactivation or "sign out everywhere else" stops every copy of a cookie at once.
let db: TestDatabase;
let prisma: PrismaClient;
const MIN = 60_000;

beforeAll(async () => {
  db = await createTestDatabase({ prefix: "sp_sessions" });
  Object.assign(process.env, { DATABASE_URL: db.connectionString, SP_TEST_CLOCK: "1" });
  prisma = createPrismaClient(db.connectionString, 2);
});
afterAll(() => closeIntegrationDatabase({ db, prisma }));

async function person(role: "CIVIL_SOCIETY" | "SECRETARIAT" | "ADMIN", email: string, password = "the right passphrase") {
  return prisma.user.create({
    data: { name: email, email, role, passwordHash: await hashPassword(password), organisation: role === "CIVIL_SOCIETY" ? "NGO" : null },
  });
}

async function signIn(userId: string, address = "203.0.113.1") {
  const { createUserSession } = await import("@/lib/auth/user-sessions");
  const { now } = await import("@/lib/core/clock");
  return createUserSession({ userId, address, userAgent: "Mozilla/5.0 (X11; Linux x86_64) Chrome/156.0", now: now() });
}

const actorOf = async (userId: string, sessionId: string | null) =>
  (await import("@/lib/auth/load-actor")).loadActor(userId, { sessionId });

describe("sessions that end", () => {
  it("a password change ends every other session of the account, not the one in use", async () => {
    const { changeOwnPassword } = await import("@/lib/users/change-own-password");
    const u = await person("CIVIL_SOCIETY", "changer@ngo.example");
    const [here, stolen] = [await signIn(u.id), await signIn(u.id, "198.51.100.66")];
    const actor = (await actorOf(u.id, here))!;
    expect(await actorOf(u.id, stolen)).not.toBeNull();
    await changeOwnPassword({
      actor,
      input: { currentPassword: "the right passphrase", newPassword: "a brand new passphrase", confirmPassword: "a brand new passphrase" },
    });
    expect(await actorOf(u.id, stolen)).toBeNull();
    expect(await actorOf(u.id, here)).toMatchObject({ userId: u.id, sessionId: here });
    const audit = await prisma.auditEntry.findFirstOrThrow({ where: { action: "user.change-own-password", entityId: u.id } });
    expect(audit.after).toEqual({ otherSessionsEnded: 1 });
  });

  it("a deactivation ends every session at once", async () => {
    const { setUserActive } = await import("@/lib/users/set-user-active");
    const admin = await person("ADMIN", "admin.sessions@un.example");
    const adminActor = (await actorOf(admin.id, await signIn(admin.id)))!;
    const u = await person("CIVIL_SOCIETY", "leaver@ngo.example");
    const s = await signIn(u.id);
    await setUserActive({ actor: adminActor, input: { userId: u.id, active: false } });
    expect(await prisma.userSession.findUniqueOrThrow({ where: { id: s } })).toMatchObject({ revokedReason: "deactivation" });
    await setUserActive({ actor: adminActor, input: { userId: u.id, active: true } });
    // Reactivated, the old session stays ended: they sign in again.
    expect(await actorOf(u.id, s)).toBeNull();
  });

  it("'sign out everywhere else' and one session at a time; another user's session is not found", async () => {
    const { endOwnSessions, findOwnSessions } = await import("@/lib/users/own-sessions");
    const u = await person("CIVIL_SOCIETY", "traveller@ngo.example");
    const other = await person("CIVIL_SOCIETY", "someone.else@ngo.example");
    const othersSession = await signIn(other.id);
    const [here, laptop, phone] = [await signIn(u.id), await signIn(u.id), await signIn(u.id)];
    const actor = (await actorOf(u.id, here))!;
    const listed = await findOwnSessions({ actor });
    expect(listed.map((s) => s.id).sort()).toEqual([here, laptop, phone].sort());
    expect(listed.find((s) => s.current)?.id).toBe(here);
    await expect(endOwnSessions({ actor, input: { sessionId: othersSession } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await actorOf(other.id, othersSession)).not.toBeNull();
    await expect(endOwnSessions({ actor, input: { sessionId: here } })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await endOwnSessions({ actor, input: { sessionId: laptop } })).toEqual({ ended: 1 });
    expect(await actorOf(u.id, laptop)).toBeNull();
    expect(await endOwnSessions({ actor, input: { sessionId: "others" } })).toEqual({ ended: 1 });
    expect(await actorOf(u.id, phone)).toBeNull();
    expect(await actorOf(u.id, here)).not.toBeNull();
  });

  it("secretariat and admin sessions end after the idle time the secretariat sets; others do not", async () => {
    const start = new Date("2026-11-10T09:00:00Z");
    await setNow(start);
    const sec = await person("SECRETARIAT", "idle.secretariat@un.example");
    const civil = await person("CIVIL_SOCIETY", "idle.civil@ngo.example");
    const [secSession, civilSession] = [await signIn(sec.id), await signIn(civil.id)];
    await setNow(new Date(start.getTime() + 29 * MIN));
    expect(await actorOf(sec.id, secSession)).not.toBeNull(); // used: the idle time starts again
    await setNow(new Date(start.getTime() + 29 * MIN + 31 * MIN));
    expect(await actorOf(sec.id, secSession)).toBeNull();
    expect(await actorOf(civil.id, civilSession)).not.toBeNull();
    // A longer idle time, set by the secretariat, keeps a fresh session open longer.
    await prisma.setting.create({ data: { key: "sessions.privilegedIdleMinutes", value: 90 } });
    const later = await signIn(sec.id);
    await setNow(new Date(start.getTime() + 60 * MIN + 80 * MIN));
    expect(await actorOf(sec.id, later)).not.toBeNull();
    // Eight hours after signing in, any session is over.
    await setNow(new Date(start.getTime() + 60 * MIN + 8 * 60 * MIN + MIN));
    expect(await actorOf(civil.id, civilSession)).toBeNull();
    await setNow(new Date());
  });

  it("a cookie without a session (from before sessions were recorded) signs nobody in", async () => {
    const u = await person("CIVIL_SOCIETY", "old.cookie@ngo.example");
    expect(await actorOf(u.id, null)).toBeNull();
    expect(await actorOf(u.id, "no-such-session-id-at-all")).toBeNull();
  });
});
