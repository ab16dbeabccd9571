import { describe, expect, it } from "vitest";
import type { Actor } from "./actor";
import type { Role } from "../generated/prisma/enums";
import { mayDeclareExternalResource } from "./committee-people-policy";

const MANDATE_A = "00000000-0000-4000-8000-0000000000a1";
const MANDATE_B = "00000000-0000-4000-8000-0000000000b1";

function actor(role: Role, extra: Partial<Actor> = {}): Actor {
  return {
    userId: `user-${role}`,
    role,
    name: role,
    email: `${role}@example.org`,
    timeZone: "Europe/Zurich",
    stateId: role === "STATE" ? "00000000-0000-4000-8000-00000000000a" : null,
    mandateHolderId: role === "MANDATE_HOLDER" ? "holder-1" : null,
    mandateIds: role === "MANDATE_HOLDER" ? [MANDATE_A] : [],
    coordinationCommittee: false,
    ...extra,
  };
}

describe("who declares external resources for a mandate (CC2)", () => {
  it.each([
    ["the holder, for its own mandate", actor("MANDATE_HOLDER"), MANDATE_A, true],
    ["the holder, for another mandate", actor("MANDATE_HOLDER"), MANDATE_B, false],
    ["a holder with no current mandate", actor("MANDATE_HOLDER", { mandateIds: [] }), MANDATE_A, false],
    ["the secretariat, for any mandate", actor("SECRETARIAT"), MANDATE_B, true],
    ["a State", actor("STATE"), MANDATE_A, false],
    ["civil society", actor("CIVIL_SOCIETY"), MANDATE_A, false],
    ["an admin", actor("ADMIN"), MANDATE_A, false],
    ["nobody signed in", null, MANDATE_A, false],
  ] as const)("%s: %s", (_label, who, mandateId, allowed) => {
    expect(mayDeclareExternalResource(who, mandateId)).toBe(allowed);
  });
});
