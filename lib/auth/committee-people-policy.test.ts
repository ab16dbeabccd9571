import { describe, expect, it } from "vitest";
import { actor, MANDATE_A, MANDATE_B } from "./test-actors";
import { mayDeclareExternalResource } from "./committee-people-policy";

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
