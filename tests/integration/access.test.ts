import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/db/test-database";
import { createPrismaClient } from "@/lib/db/create-client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/auth/actor";
import { hashPassword } from "@/lib/auth/password";
import { closeIntegrationDatabase } from "../support/integration";

// Issue 12, items 5 and 6 on a real PostgreSQL: mission administrators act on their own mission's
// accounts only (another mission's user is "not found"), and a privileged role takes effect only
// once a second, different secretariat member or admin approves it.
let db: TestDatabase;
let prisma: PrismaClient;
const states: Record<"NOR" | "BRA", string> = { NOR: "", BRA: "" };
const u: Record<string, { id: string; email: string }> = {};

async function person(key: string, role: Role, extra: { stateId?: string; missionAdmin?: boolean; active?: boolean } = {}) {
  const email = `${key}@access.example`;
  u[key] = await prisma.user.create({
    data: {
      name: `Person ${key}`,
      email,
      role,
      passwordHash: await hashPassword("a long enough password"),
      stateId: extra.stateId ?? null,
      missionAdmin: extra.missionAdmin ?? false,
      active: extra.active ?? true,
    },
    select: { id: true, email: true },
  });
}

const actor = async (key: string): Promise<Actor> => (await (await import("@/lib/auth/load-actor")).loadActor(u[key]!.id))!;
const lib = {
  add: async () => (await import("@/lib/users/add-mission-user")).addMissionUser,
  active: async () => (await import("@/lib/users/set-member-active")).setMemberActive,
  factor: async () => (await import("@/lib/users/reset-member-factor")).resetMemberFactor,
  appoint: async () => (await import("@/lib/users/set-mission-admin")).setMissionAdmin,
  get: async () => (await import("@/lib/users/find-mission-users")).getMissionUser,
  list: async () => (await import("@/lib/users/find-mission-users")).findMissionUsers,
  createUser: async () => (await import("@/lib/users/create-user")).createUser,
  request: async () => (await import("@/lib/users/request-role-grant")).requestRoleGrant,
  decide: async () => (await import("@/lib/users/decide-role-grant")).decideRoleGrant,
};

async function signIn(userId: string) {
  const { createUserSession } = await import("@/lib/auth/user-sessions");
  const { now } = await import("@/lib/core/clock");
  return createUserSession({ userId, address: "203.0.113.1", userAgent: "test", now: now() });
}

beforeAll(async () => {
  db = await createTestDatabase({ prefix: "sp_access" });
  Object.assign(process.env, { DATABASE_URL: db.connectionString, SP_TEST_CLOCK: "1", NEXTAUTH_URL: "https://portal.example" });
  prisma = createPrismaClient(db.connectionString, 2);
  for (const [iso3, iso2, name] of [
    ["NOR", "NO", "Norway"],
    ["BRA", "BR", "Brazil"],
  ] as const) {
    const s = await prisma.state.create({
      data: {
        iso3,
        iso2,
        nameEn: name,
        nameFr: name,
        nameEs: name,
        nameAr: name,
        nameZh: name,
        nameRu: name,
        regionalGroup: "WESTERN_EUROPEAN_OTHERS",
      },
    });
    states[iso3] = s.id;
  }
  await person("norAdmin", "STATE", { stateId: states.NOR, missionAdmin: true });
  await person("norMember", "STATE", { stateId: states.NOR });
  await person("braMember", "STATE", { stateId: states.BRA });
  await person("sec1", "SECRETARIAT");
  await person("sec2", "SECRETARIAT");
  await person("secGone", "SECRETARIAT", { active: false });
  await person("admin1", "ADMIN");
  await person("admin2", "ADMIN");
  await person("civil", "CIVIL_SOCIETY");
});
afterAll(() => closeIntegrationDatabase({ db, prisma }));

describe("mission administrators (issue 12, item 5)", () => {
  it("loads the flag only for a State user", async () => {
    expect((await actor("norAdmin")).missionAdmin).toBe(true);
    expect((await actor("norMember")).missionAdmin).toBe(false);
    await prisma.user.update({ where: { id: u.civil!.id }, data: { missionAdmin: true } });
    expect((await actor("civil")).missionAdmin).toBe(false);
    await prisma.user.update({ where: { id: u.civil!.id }, data: { missionAdmin: false } });
  });

  it("adds a STATE user to its own mission with a mailed, single-use invitation link, whatever the form says", async () => {
    const { addMissionUserSchema } = await import("@/lib/users/access-schemas");
    // A role or a State slipped into the form is not even read.
    const input = addMissionUserSchema.parse({
      name: "Ingrid Berg",
      email: "Ingrid.Berg@Norway.example",
      role: "ADMIN",
      stateId: states.BRA,
    });
    const added = await (await lib.add())({ actor: await actor("norAdmin"), input });
    const user = await prisma.user.findUniqueOrThrow({ where: { id: added.userId } });
    expect(user).toMatchObject({
      email: "ingrid.berg@norway.example",
      role: "STATE",
      stateId: states.NOR,
      missionAdmin: false,
      active: true,
    });
    expect(added.link).toMatch(/^https:\/\/portal\.example\/invitation\/[A-Za-z0-9_-]{43}$/);
    const mail = await prisma.outboxMessage.findFirstOrThrow({ where: { kind: "user.invitation", toAddresses: { has: user.email } } });
    expect(mail.textBody).toContain(added.link);
    const { passwordMatches } = await import("@/lib/auth/password");
    expect(await passwordMatches("a long enough password", user.passwordHash)).toBe(false);
    // The link sets the password, once.
    const { acceptInvitation } = await import("@/lib/users/accept-invitation");
    const token = added.link.split("/").at(-1)!;
    await acceptInvitation({ input: { token, newPassword: "ingrid's own passphrase", confirmPassword: "ingrid's own passphrase" } });
    expect(
      await passwordMatches("ingrid's own passphrase", (await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash),
    ).toBe(true);
    await expect(
      acceptInvitation({ input: { token, newPassword: "another passphrase!", confirmPassword: "another passphrase!" } }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    const audit = await prisma.auditEntry.findMany({ where: { entityId: user.id }, orderBy: { id: "asc" } });
    expect(audit.map((a) => [a.action, a.actorId])).toEqual([
      ["user.create", u.norAdmin!.id],
      ["user.invite", u.norAdmin!.id],
      ["user.accept-invitation", user.id],
    ]);
    expect(JSON.stringify(audit.map((a) => [a.before, a.after]))).not.toContain(token);
  });

  it("refuses an email already in use, on the email field", async () => {
    await expect(
      (await lib.add())({ actor: await actor("norAdmin"), input: { name: "Dup", email: u.braMember!.email } }),
    ).rejects.toMatchObject({ code: "CONFLICT", fieldErrors: { email: ["users.emailTaken"] } });
  });

  it("lists and opens its own mission's users only", async () => {
    const admin = await actor("norAdmin");
    const list = await (await lib.list())({ actor: admin });
    expect(list.users.map((x) => x.email)).toContain(u.norMember!.email);
    expect(list.users.map((x) => x.email)).not.toContain(u.braMember!.email);
    expect((await (await lib.get())({ actor: admin, userId: u.norMember!.id })).email).toBe(u.norMember!.email);
  });

  it("finds nothing of another mission, nor any other account: not found, never forbidden, and nothing changes", async () => {
    const admin = await actor("norAdmin");
    for (const target of [u.braMember!, u.sec1!, u.admin1!, u.civil!]) {
      await expect((await lib.get())({ actor: admin, userId: target.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect((await lib.active())({ actor: admin, input: { userId: target.id, active: false } })).rejects.toMatchObject({
        code: "NOT_FOUND",
      });
      await expect((await lib.factor())({ actor: admin, input: { userId: target.id } })).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect((await lib.appoint())({ actor: admin, input: { userId: target.id, missionAdmin: true } })).rejects.toMatchObject({
        code: "NOT_FOUND",
      });
    }
    await expect((await lib.get())({ actor: admin, userId: "not-a-uuid" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const bra = await prisma.user.findUniqueOrThrow({ where: { id: u.braMember!.id } });
    expect(bra).toMatchObject({ active: true, missionAdmin: false });
  });

  it("a State user who is not its mission's administrator can do none of it, nor name the focal point", async () => {
    const member = await actor("norMember");
    await expect((await lib.add())({ actor: member, input: { name: "X Y", email: "x@y.example" } })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect((await lib.list())({ actor: member })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect((await lib.active())({ actor: member, input: { userId: u.norAdmin!.id, active: false } })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    const { setFocalPoint } = await import("@/lib/states/set-focal-point");
    await expect(setFocalPoint({ actor: member, input: { name: "K N", email: "k@n.example", phone: null } })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("names the mission's focal point (R2)", async () => {
    const { setFocalPoint } = await import("@/lib/states/set-focal-point");
    await setFocalPoint({ actor: await actor("norAdmin"), input: { name: "Kari Nordmann", email: "kari@norway.example", phone: null } });
    expect(await prisma.stateFocalPoint.findFirstOrThrow({ where: { stateId: states.NOR, active: true } })).toMatchObject({
      name: "Kari Nordmann",
    });
  });

  it("deactivates a user of its mission, who is signed out at once, and reactivates it; never itself", async () => {
    const admin = await actor("norAdmin");
    const session = await signIn(u.norMember!.id);
    await (
      await lib.active()
    )({ actor: admin, input: { userId: u.norMember!.id, active: false } });
    const { loadActor } = await import("@/lib/auth/load-actor");
    expect(await loadActor(u.norMember!.id, { sessionId: session })).toBeNull();
    expect(await prisma.userSession.findUniqueOrThrow({ where: { id: session } })).toMatchObject({ revokedReason: "deactivation" });
    await (
      await lib.active()
    )({ actor: admin, input: { userId: u.norMember!.id, active: true } });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: u.norMember!.id } })).active).toBe(true);
    await expect((await lib.active())({ actor: admin, input: { userId: u.norAdmin!.id, active: false } })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    const audit = await prisma.auditEntry.findMany({
      where: { entityId: u.norMember!.id, actorId: u.norAdmin!.id },
      orderBy: { id: "asc" },
    });
    expect(audit.map((a) => a.action)).toEqual(["user.deactivate", "user.reactivate"]);
  });

  it("resets a member's second factor: its factors go, its sessions end, the reset is audited and the member told by mail", async () => {
    const session = await signIn(u.norMember!.id);
    await prisma.user.update({ where: { id: u.norMember!.id }, data: { totpSecret: "plain:JBSWY3DPEHPK3PXP", totpEnabledAt: new Date() } });
    await (
      await lib.factor()
    )({ actor: await actor("norAdmin"), input: { userId: u.norMember!.id } });
    expect(await prisma.userSession.findUniqueOrThrow({ where: { id: session } })).toMatchObject({ revokedReason: "second-factor-reset" });
    expect(await prisma.user.findUniqueOrThrow({ where: { id: u.norMember!.id } })).toMatchObject({
      totpSecret: null,
      totpEnabledAt: null,
    });
    expect(
      await prisma.auditEntry.findFirst({
        where: { entityId: u.norMember!.id, actorId: u.norAdmin!.id, action: "user.second-factor-reset" },
      }),
    ).not.toBeNull();
    expect(await prisma.outboxMessage.count({ where: { kind: "user.second-factor-reset" } })).toBeGreaterThan(0);
  });

  it("the secretariat appoints the first administrator of a mission; only a State account can be one", async () => {
    const appoint = await lib.appoint();
    await appoint({ actor: await actor("sec1"), input: { userId: u.braMember!.id, missionAdmin: true } });
    const bra = await actor("braMember");
    expect(bra.missionAdmin).toBe(true);
    // Brazil's administrator in turn sees Brazil only.
    await expect((await lib.get())({ actor: bra, userId: u.norMember!.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(appoint({ actor: await actor("admin1"), input: { userId: u.civil!.id, missionAdmin: true } })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "missionAdmins.notState",
    });
    // A mission administrator appoints another one of its own mission, not of another.
    await appoint({ actor: await actor("norAdmin"), input: { userId: u.norMember!.id, missionAdmin: true } });
    expect((await actor("norMember")).missionAdmin).toBe(true);
    await appoint({ actor: await actor("norAdmin"), input: { userId: u.norMember!.id, missionAdmin: false } });
    const entry = await prisma.auditEntry.findFirstOrThrow({ where: { entityId: u.braMember!.id, action: "user.appoint-mission-admin" } });
    expect(entry.actorId).toBe(u.sec1!.id);
    // Nobody else appoints.
    await expect(appoint({ actor: await actor("civil"), input: { userId: u.norMember!.id, missionAdmin: true } })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });
});

describe("four eyes on privileged roles (issue 12, item 6)", () => {
  let grantId = "";
  let newUserId = "";

  it("a new SECRETARIAT account waits inactive for a second member; every active secretariat member is mailed", async () => {
    const before = await prisma.outboxMessage.count({ where: { kind: "role-grant.request" } });
    const created = await (
      await lib.createUser()
    )({
      actor: await actor("admin1"),
      input: {
        name: "New Officer",
        email: "new.officer@access.example",
        role: "SECRETARIAT",
        locale: "en",
        stateId: null,
        mandateHolderId: null,
        organisation: null,
      },
    });
    newUserId = created.id;
    expect(created.pendingApproval).toBe(true);
    // No invitation before the approval: the account is no one's yet.
    expect(created.invitationUrl).toBeNull();
    expect(
      await prisma.outboxMessage.count({ where: { kind: "user.invitation", toAddresses: { has: "new.officer@access.example" } } }),
    ).toBe(0);
    expect(await prisma.user.findUniqueOrThrow({ where: { id: newUserId } })).toMatchObject({ role: "SECRETARIAT", active: false });
    const { loadActor } = await import("@/lib/auth/load-actor");
    expect(await loadActor(newUserId)).toBeNull();
    const grant = await prisma.roleGrantRequest.findFirstOrThrow({ where: { targetUserId: newUserId } });
    grantId = grant.id;
    expect(grant).toMatchObject({
      role: "SECRETARIAT",
      newAccount: true,
      status: "PENDING",
      requestedById: u.admin1!.id,
      previousRole: null,
    });
    const mails = await prisma.outboxMessage.findMany({ where: { kind: "role-grant.request" }, orderBy: { createdAt: "asc" } });
    expect(mails).toHaveLength(before + 1);
    expect(mails.at(-1)!.toAddresses.sort()).toEqual([u.sec1!.email, u.sec2!.email].sort());
    expect(mails.at(-1)!.textBody).toContain("new.officer@access.example");
    expect(
      await prisma.auditEntry.findFirst({ where: { entityId: grantId, action: "role-grant.request", actorId: u.admin1!.id } }),
    ).not.toBeNull();
  });

  it("the requester cannot get round it by reactivating the account", async () => {
    const { setUserActive } = await import("@/lib/users/set-user-active");
    await expect(setUserActive({ actor: await actor("admin1"), input: { userId: newUserId, active: true } })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "roleGrants.awaitingApproval",
    });
    await expect(setUserActive({ actor: await actor("admin2"), input: { userId: newUserId, active: true } })).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });

  it("the requester cannot approve its own request; a State user or a mission administrator cannot decide at all", async () => {
    const decide = await lib.decide();
    await expect(decide({ actor: await actor("admin1"), input: { requestId: grantId, decision: "approve" } })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "roleGrants.notYours",
    });
    await expect(decide({ actor: await actor("norAdmin"), input: { requestId: grantId, decision: "approve" } })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect((await prisma.roleGrantRequest.findUniqueOrThrow({ where: { id: grantId } })).status).toBe("PENDING");
    expect((await prisma.user.findUniqueOrThrow({ where: { id: newUserId } })).active).toBe(false);
  });

  it("a different member approves: the account works with its role, both steps audited, the secretariat mailed", async () => {
    const decide = await lib.decide();
    // Two members pressing at once: one decision only.
    const results = await Promise.allSettled([
      decide({ actor: await actor("sec1"), input: { requestId: grantId, decision: "approve" } }),
      decide({ actor: await actor("admin2"), input: { requestId: grantId, decision: "refuse" } }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const grant = await prisma.roleGrantRequest.findUniqueOrThrow({ where: { id: grantId } });
    const user = await prisma.user.findUniqueOrThrow({ where: { id: newUserId } });
    if (grant.status === "APPROVED") {
      expect(grant.decidedById).toBe(u.sec1!.id);
      expect(user).toMatchObject({ role: "SECRETARIAT", active: true });
      const { loadActor } = await import("@/lib/auth/load-actor");
      expect(await loadActor(newUserId)).toMatchObject({ role: "SECRETARIAT" });
    } else {
      expect(grant).toMatchObject({ status: "REFUSED", decidedById: u.admin2!.id });
      expect(user.active).toBe(false);
    }
    // The invitation goes on approval only.
    const invitations = await prisma.outboxMessage.count({ where: { kind: "user.invitation", toAddresses: { has: user.email } } });
    expect(invitations).toBe(grant.status === "APPROVED" ? 1 : 0);
    expect(grant.decidedAt).not.toBeNull();
    const audit = await prisma.auditEntry.findMany({ where: { entityId: grantId }, orderBy: { id: "asc" } });
    expect(audit.map((a) => a.action)).toEqual([
      "role-grant.request",
      grant.status === "APPROVED" ? "role-grant.approve" : "role-grant.refuse",
    ]);
    const mail = await prisma.outboxMessage.findFirstOrThrow({ where: { kind: { in: ["role-grant.approve", "role-grant.refuse"] } } });
    // Every active secretariat member — the new officer too, once approved.
    expect(mail.toAddresses).toEqual(expect.arrayContaining([u.sec1!.email, u.sec2!.email]));
    expect(mail.toAddresses).not.toContain(u.secGone!.email);
    await expect(decide({ actor: await actor("sec2"), input: { requestId: grantId, decision: "approve" } })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "roleGrants.alreadyDecided",
    });
  });

  it("an existing account keeps its old role until approval; one pending request at a time; the account itself cannot decide", async () => {
    const { requestRoleGrant } = await import("@/lib/users/request-role-grant");
    const decide = await lib.decide();
    const grant = await requestRoleGrant({ actor: await actor("admin1"), input: { email: u.civil!.email, role: "ADMIN" } });
    expect(grant).toMatchObject({ previousRole: "CIVIL_SOCIETY", newAccount: false, status: "PENDING" });
    expect((await actor("civil")).role).toBe("CIVIL_SOCIETY");
    await expect(
      requestRoleGrant({ actor: await actor("admin2"), input: { email: u.civil!.email, role: "SECRETARIAT" } }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      message: "roleGrants.alreadyPending",
    });
    await expect(
      requestRoleGrant({ actor: await actor("admin1"), input: { email: "nobody@access.example", role: "ADMIN" } }),
    ).rejects.toMatchObject({
      fieldErrors: { email: ["roleGrants.unknownAccount"] },
    });
    await expect(
      requestRoleGrant({ actor: await actor("admin1"), input: { email: u.sec2!.email, role: "SECRETARIAT" } }),
    ).rejects.toMatchObject({
      fieldErrors: { role: ["roleGrants.sameRole"] },
    });
    await expect(requestRoleGrant({ actor: await actor("sec1"), input: { email: u.civil!.email, role: "ADMIN" } })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await decide({ actor: await actor("sec2"), input: { requestId: grant.id, decision: "refuse" } });
    expect(await prisma.user.findUniqueOrThrow({ where: { id: u.civil!.id } })).toMatchObject({ role: "CIVIL_SOCIETY", active: true });

    // Asked again for a State user and approved: the role takes effect and the State binding goes.
    const again = await requestRoleGrant({ actor: await actor("admin1"), input: { email: u.braMember!.email, role: "ADMIN" } });
    await expect(decide({ actor: await actor("braMember"), input: { requestId: again.id, decision: "approve" } })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await decide({ actor: await actor("admin2"), input: { requestId: again.id, decision: "approve" } });
    expect(await prisma.user.findUniqueOrThrow({ where: { id: u.braMember!.id } })).toMatchObject({
      role: "ADMIN",
      stateId: null,
      missionAdmin: false,
    });
    const change = await prisma.auditEntry.findFirstOrThrow({ where: { entityId: u.braMember!.id, action: "user.change-role" } });
    expect(change).toMatchObject({ actorId: u.admin2!.id, before: { role: "STATE", active: true } });
  });

  it("the account a request is about cannot decide it, even when it may decide others", async () => {
    const { requestRoleGrant } = await import("@/lib/users/request-role-grant");
    const decide = await lib.decide();
    const grant = await requestRoleGrant({ actor: await actor("admin1"), input: { email: u.sec2!.email, role: "ADMIN" } });
    await expect(decide({ actor: await actor("sec2"), input: { requestId: grant.id, decision: "approve" } })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "roleGrants.notYours",
    });
    expect((await actor("sec2")).role).toBe("SECRETARIAT");
    await decide({ actor: await actor("sec1"), input: { requestId: grant.id, decision: "refuse" } });
  });

  it("the database itself keeps one pending request per account", async () => {
    const data = { targetUserId: u.civil!.id, role: "ADMIN" as const, requestedById: u.admin1!.id };
    await prisma.roleGrantRequest.create({ data });
    await expect(prisma.roleGrantRequest.create({ data })).rejects.toThrow();
  });
});
