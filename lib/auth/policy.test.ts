import { describe, expect, it } from "vitest";
import { actorMaker } from "./test-actors";
import type { Actor } from "./actor";
import { PERMISSIONS, ROLE_PERMISSIONS, type Permission } from "./permissions";
import {
  actsForState,
  assertCan,
  assertCanAny,
  can,
  canManageUser,
  canDecideRoleGrant,
  canReadConfidentialAnnex,
  isPrivilegedRole,
  managesMissionLanguage,
  managesMissionMember,
  managesOrganisationMember,
  permissionsOf,
  servesMandate,
} from "./policy";
import { AppError } from "../core/errors";
import type { Role } from "../generated/prisma/enums";

const STATE_A = "00000000-0000-4000-8000-00000000000a";
const STATE_B = "00000000-0000-4000-8000-00000000000b";
const MANDATE_A = "00000000-0000-4000-8000-0000000000a1";
const MANDATE_B = "00000000-0000-4000-8000-0000000000b1";

const actor = actorMaker({ stateId: STATE_A, mandateIds: [MANDATE_A] });

// The expected matrix, written out independently of ROLE_PERMISSIONS: a change to who may do what
// must change this table too.
const EXPECTED: Record<Role, Permission[]> = {
  SECRETARIAT: [
    "account:own",
    "workspace:secretariat",
    "communication:review",
    "communication:dispatch",
    "communication:read-all",
    "communication:read-confidential-annex",
    "communication:read-workflow",
    "press-release:manage",
    "press-release:publish",
    "visit:record",
    "recommendation:update-status",
    "report:manage",
    "report:schedule",
    "reprisal:manage",
    "story:submit",
    "story:moderate",
    "case:triage",
    "questionnaire:create",
    "questionnaire:view-answers",
    "advisory:submit",
    "advisory:handle",
    "outbox:view",
    "audit:view",
    "mission:appoint-admin",
    "role-grant:decide",
    "organisation:decide",
    "cooperation:manage",
    "committee:manage",
    "induction:view-materials",
    "external-resource:declare",
  ],
  MANDATE_HOLDER: [
    "account:own",
    "workspace:mandate-holder",
    "communication:draft",
    "communication:cosign",
    "communication:read-workflow",
    "press-release:manage",
    "visit:request",
    "report:manage",
    "reprisal:view-own-mandate",
    "reprisal:submit",
    "story:submit",
    "case:view-assigned",
    "questionnaire:propose",
    "questionnaire:view-answers",
    "advisory:submit",
    "office-hours:publish",
    "committee:contribute",
    "induction:view-materials",
    "external-resource:declare",
  ],
  STATE: [
    "account:own",
    "workspace:state",
    "communication:read-addressed",
    "communication:reply",
    "visit:answer",
    "recommendation:update-status",
    "story:submit",
    "questionnaire:answer",
    "advisory:submit",
    "office-hours:book",
  ],
  CIVIL_SOCIETY: ["account:own", "workspace:civil-society", "story:submit", "case:submit", "questionnaire:answer"],
  ADMIN: ["account:own", "workspace:admin", "user:manage", "settings:manage", "audit:view", "mission:appoint-admin", "role-grant:decide"],
};

const ROLES = Object.keys(EXPECTED) as Role[];

describe("policy matrix: every role × every permission", () => {
  for (const role of ROLES) {
    for (const permission of PERMISSIONS) {
      const allowed = EXPECTED[role].includes(permission);
      it(`${role} ${allowed ? "may" : "may not"} ${permission}`, () => {
        expect(can(actor(role), permission)).toBe(allowed);
      });
    }
  }
  it("the table grants only known permissions", () => {
    for (const role of ROLES) for (const p of ROLE_PERMISSIONS[role]) expect(PERMISSIONS).toContain(p);
  });
});

describe("fail closed", () => {
  it("no actor, no permission", () => {
    expect(permissionsOf(null).size).toBe(0);
    expect(can(null, "workspace:state")).toBe(false);
  });
  it("a State user bound to no State gets nothing", () => {
    expect(permissionsOf(actor("STATE", { stateId: null })).size).toBe(0);
  });
  it("a mandate holder with no current mandate gets nothing", () => {
    expect(permissionsOf(actor("MANDATE_HOLDER", { mandateIds: [] })).size).toBe(0);
    expect(permissionsOf(actor("MANDATE_HOLDER", { mandateHolderId: null })).size).toBe(0);
  });
  it("an unknown role gets nothing", () => {
    expect(permissionsOf(actor("SOMETHING" as Role)).size).toBe(0);
  });
  it("assertCan throws UNAUTHENTICATED without an actor and FORBIDDEN without the permission", () => {
    expect(() => assertCan(null, "workspace:state")).toThrowError(expect.objectContaining({ code: "UNAUTHENTICATED" }));
    expect(() => assertCan(actor("STATE"), "workspace:secretariat")).toThrow(AppError);
    expect(() => assertCan(actor("SECRETARIAT"), "workspace:secretariat")).not.toThrow();
  });
});

describe("a door for several roles (assertCanAny)", () => {
  const REQUESTER = ["visit:request", "visit:record"] as const;
  it.each([
    ["MANDATE_HOLDER", null],
    ["SECRETARIAT", null],
    ["STATE", "FORBIDDEN"],
    ["CIVIL_SOCIETY", "FORBIDDEN"],
    ["ADMIN", "FORBIDDEN"],
  ] as const)("%s → %s", (role, code) => {
    const attempt = () => assertCanAny(actor(role), REQUESTER);
    if (code === null) expect(attempt).not.toThrow();
    else expect(attempt).toThrow(expect.objectContaining({ code }));
  });
  it("asks nobody to be signed in twice: no actor is UNAUTHENTICATED", () => {
    expect(() => assertCanAny(null, REQUESTER)).toThrow(expect.objectContaining({ code: "UNAUTHENTICATED" }));
  });
});

describe("record-level rules", () => {
  it("a State user acts only for its own State", () => {
    expect(actsForState(actor("STATE"), STATE_A)).toBe(true);
    expect(actsForState(actor("STATE"), STATE_B)).toBe(false);
    expect(actsForState(actor("SECRETARIAT"), STATE_A)).toBe(false);
    expect(actsForState(null, STATE_A)).toBe(false);
  });
  it("a mandate holder acts only for mandates it serves", () => {
    expect(servesMandate(actor("MANDATE_HOLDER"), MANDATE_A)).toBe(true);
    expect(servesMandate(actor("MANDATE_HOLDER"), MANDATE_B)).toBe(false);
    expect(servesMandate(actor("STATE"), MANDATE_A)).toBe(false);
  });
  it("an admin cannot deactivate itself or drop its own role, but can manage others", () => {
    const admin = actor("ADMIN");
    expect(canManageUser(admin, admin.userId, { deactivate: true })).toBe(false);
    expect(canManageUser(admin, admin.userId, { role: "STATE" })).toBe(false);
    expect(canManageUser(admin, "someone-else", { deactivate: true })).toBe(true);
    expect(canManageUser(actor("SECRETARIAT"), "someone-else", { deactivate: true })).toBe(false);
  });
});

describe("confidential annex", () => {
  const letter = { addresseeStateId: STATE_A, annexReleasedToState: false, mandateIds: [MANDATE_A] };
  it.each([
    ["secretariat", actor("SECRETARIAT"), letter, true],
    ["holder of a signing mandate", actor("MANDATE_HOLDER"), letter, true],
    ["holder of another mandate", actor("MANDATE_HOLDER", { mandateIds: [MANDATE_B] }), letter, false],
    ["addressee State before release", actor("STATE"), letter, false],
    ["addressee State after release", actor("STATE"), { ...letter, annexReleasedToState: true }, true],
    ["another State after release", actor("STATE", { stateId: STATE_B }), { ...letter, annexReleasedToState: true }, false],
    ["civil society", actor("CIVIL_SOCIETY"), { ...letter, annexReleasedToState: true }, false],
    ["admin", actor("ADMIN"), letter, false],
    ["nobody", null, letter, false],
  ])("%s → %s", (_label, who, c, expected) => {
    expect(canReadConfidentialAnnex(who, c)).toBe(expected);
  });
});

describe("mission administrators (issue 12, item 5)", () => {
  const missionAdmin = actor("STATE", { missionAdmin: true });
  it("a State user appointed mission administrator also manages its mission's users and names the focal point (R2)", () => {
    expect([...permissionsOf(missionAdmin)].sort()).toEqual([...EXPECTED.STATE, "mission:manage-users", "state:manage-focal-point"].sort());
    expect(can(actor("STATE"), "mission:manage-users")).toBe(false);
    expect(can(actor("STATE"), "state:manage-focal-point")).toBe(false);
  });
  it.each<[string, Actor]>([
    ["a secretariat member", actor("SECRETARIAT", { missionAdmin: true })],
    ["an admin", actor("ADMIN", { missionAdmin: true })],
    ["a civil society user", actor("CIVIL_SOCIETY", { missionAdmin: true })],
    ["a State user with no State", actor("STATE", { missionAdmin: true, stateId: null })],
  ])("the flag gives nothing to %s", (_label, a) => {
    expect(can(a, "mission:manage-users")).toBe(false);
  });
  it.each<[string, { role: Role; stateId: string | null }, boolean]>([
    ["a user of its own mission", { role: "STATE", stateId: STATE_A }, true],
    ["a user of another mission", { role: "STATE", stateId: STATE_B }, false],
    ["a secretariat member", { role: "SECRETARIAT", stateId: null }, false],
    ["an admin", { role: "ADMIN", stateId: null }, false],
    ["an unbound State user", { role: "STATE", stateId: null }, false],
  ])("a mission administrator manages %s: %s", (_label, target, expected) => {
    expect(managesMissionMember(missionAdmin, target)).toBe(expected);
    // Without the flag, never.
    expect(managesMissionMember(actor("STATE"), target)).toBe(false);
  });
});

describe("organisation accounts (issue 17, item 3)", () => {
  const ORG_A = "00000000-0000-4000-8000-0000000000c1";
  const ORG_B = "00000000-0000-4000-8000-0000000000c2";
  const member = (status: "PENDING" | "APPROVED" | "REFUSED" | null | undefined, organisationAdmin = false) =>
    actor("CIVIL_SOCIETY", { organisationId: ORG_A, organisationStatus: status, organisationAdmin });
  it("a member of an organisation waiting for approval, or refused, sees its own account and its organisation's status only", () => {
    for (const status of ["PENDING", "REFUSED", null, undefined] as const) {
      expect([...permissionsOf(member(status))].sort(), String(status)).toEqual(["account:own", "organisation:view-own"]);
      expect([...permissionsOf(member(status, true))].sort(), String(status)).toEqual(["account:own", "organisation:view-own"]);
    }
  });
  it("a member of an approved organisation holds the role's permissions and sees its organisation; its administrators also manage members", () => {
    expect([...permissionsOf(member("APPROVED"))].sort()).toEqual([...EXPECTED.CIVIL_SOCIETY, "organisation:view-own"].sort());
    expect([...permissionsOf(member("APPROVED", true))].sort()).toEqual(
      [...EXPECTED.CIVIL_SOCIETY, "organisation:view-own", "organisation:manage-members"].sort(),
    );
  });
  it("a civil-society user of no organisation keeps the role's permissions; the flags give nothing to other roles", () => {
    expect([...permissionsOf(actor("CIVIL_SOCIETY", { organisationAdmin: true }))].sort()).toEqual([...EXPECTED.CIVIL_SOCIETY].sort());
    for (const role of ["STATE", "SECRETARIAT", "ADMIN", "MANDATE_HOLDER"] as const) {
      const a = actor(role, { organisationId: ORG_A, organisationStatus: "APPROVED", organisationAdmin: true });
      expect(can(a, "organisation:manage-members"), role).toBe(false);
      expect(can(a, "organisation:view-own"), role).toBe(false);
    }
  });
  it.each<[string, { role: Role; organisationId: string | null }, boolean]>([
    ["a member of its own organisation", { role: "CIVIL_SOCIETY", organisationId: ORG_A }, true],
    ["a member of another organisation", { role: "CIVIL_SOCIETY", organisationId: ORG_B }, false],
    ["a civil-society user of no organisation", { role: "CIVIL_SOCIETY", organisationId: null }, false],
    ["a State user", { role: "STATE", organisationId: ORG_A }, false],
  ])("an organisation's administrator manages %s: %s", (_label, target, expected) => {
    expect(managesOrganisationMember(member("APPROVED", true), target)).toBe(expected);
    // Not an administrator, or an organisation not approved: never.
    expect(managesOrganisationMember(member("APPROVED"), target)).toBe(false);
    expect(managesOrganisationMember(member("PENDING", true), target)).toBe(false);
  });
});

describe("four eyes on privileged roles (issue 12, item 6)", () => {
  it("SECRETARIAT and ADMIN are privileged, the other roles are not", () => {
    expect(ROLES.filter(isPrivilegedRole).sort()).toEqual(["ADMIN", "SECRETARIAT"]);
  });
  const request = { requestedById: "user-ADMIN", targetUserId: "target" };
  it.each<[string, Actor, boolean]>([
    ["the requesting admin", actor("ADMIN"), false],
    ["another admin", actor("ADMIN", { userId: "admin-2" }), true],
    ["a secretariat member", actor("SECRETARIAT"), true],
    ["the target itself", actor("SECRETARIAT", { userId: "target" }), false],
    ["a State user", actor("STATE"), false],
    ["a mission administrator", actor("STATE", { missionAdmin: true }), false],
    ["a mandate holder", actor("MANDATE_HOLDER"), false],
  ])("%s may decide: %s", (_label, a, expected) => {
    expect(canDecideRoleGrant(a, request)).toBe(expected);
  });
  it("nobody without an actor", () => {
    expect(canDecideRoleGrant(null, request)).toBe(false);
  });
});

describe("the language of a mission's mail (issue 15, item 3)", () => {
  it.each<[string, Actor | null, string, boolean]>([
    ["its mission administrator", actor("STATE", { missionAdmin: true }), STATE_A, true],
    ["a mission administrator, for another State", actor("STATE", { missionAdmin: true }), STATE_B, false],
    ["a State user who is not its administrator", actor("STATE"), STATE_A, false],
    ["the secretariat, for any State", actor("SECRETARIAT"), STATE_B, true],
    ["an admin, for any State", actor("ADMIN"), STATE_B, true],
    ["a mandate holder", actor("MANDATE_HOLDER"), STATE_A, false],
    ["civil society", actor("CIVIL_SOCIETY"), STATE_A, false],
    ["nobody", null, STATE_A, false],
  ])("%s → %s", (_label, who, stateId, expected) => {
    expect(managesMissionLanguage(who, stateId)).toBe(expected);
  });
});
