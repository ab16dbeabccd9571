import { describe, expect, it } from "vitest";
import { actorMaker } from "./test-actors";
import { advisoryCategoriesFor, isAdvisoryParty, mayHandleAdvisory, mayReadAdvisoryCase } from "./advisory-policy";

const actor = actorMaker({ stateId: "state-1", mandateIds: ["m-1"] });

const committee = actor("MANDATE_HOLDER", { userId: "cc", mandateHolderId: "holder-cc", coordinationCommittee: true });
const stateCase = { submittedById: "someone", mandateHolderId: null, stateId: "state-1" };
const holderCase = { submittedById: "someone", mandateHolderId: "holder-1", stateId: null };
const systemic = { submittedById: "user-SECRETARIAT", mandateHolderId: null, stateId: null };

describe("Internal Advisory Mechanism policy (R15)", () => {
  it.each([
    ["SECRETARIAT", true],
    ["MANDATE_HOLDER", false],
    ["STATE", false],
    ["CIVIL_SOCIETY", false],
    ["ADMIN", false],
  ] as const)("handle as %s → %s", (role, expected) => {
    expect(mayHandleAdvisory(actor(role))).toBe(expected);
  });

  it("lets Coordination Committee members handle cases, unless they no longer serve a mandate", () => {
    expect(mayHandleAdvisory(committee)).toBe(true);
    expect(mayHandleAdvisory({ ...committee, mandateIds: [] })).toBe(false);
    expect(mayHandleAdvisory(null)).toBe(false);
  });

  it("shows a case only to its parties and to the handlers", () => {
    expect(mayReadAdvisoryCase(actor("STATE"), stateCase)).toBe(true);
    expect(mayReadAdvisoryCase(actor("STATE", { stateId: "state-2" }), stateCase)).toBe(false);
    expect(mayReadAdvisoryCase(actor("MANDATE_HOLDER"), holderCase)).toBe(true);
    expect(mayReadAdvisoryCase(actor("MANDATE_HOLDER", { mandateHolderId: "holder-2" }), holderCase)).toBe(false);
    expect(mayReadAdvisoryCase(actor("MANDATE_HOLDER"), stateCase)).toBe(false);
    expect(mayReadAdvisoryCase(committee, stateCase)).toBe(true);
    expect(mayReadAdvisoryCase(actor("SECRETARIAT"), holderCase)).toBe(true);
    expect(mayReadAdvisoryCase(actor("CIVIL_SOCIETY"), systemic)).toBe(false);
    expect(mayReadAdvisoryCase(actor("ADMIN"), systemic)).toBe(false);
    expect(mayReadAdvisoryCase(null, systemic)).toBe(false);
  });

  it("counts the submitter as a party only with advisory:submit", () => {
    expect(isAdvisoryParty(actor("CIVIL_SOCIETY", { userId: "someone" }), stateCase)).toBe(false);
    expect(isAdvisoryParty(actor("STATE", { userId: "someone", stateId: "state-9" }), stateCase)).toBe(true);
  });

  it("offers each role the categories R15 gives it", () => {
    expect(advisoryCategoriesFor(actor("MANDATE_HOLDER"))).toEqual(["CONTEMPLATED_ACTIVITY", "SYSTEMIC_ISSUE"]);
    expect(advisoryCategoriesFor(actor("STATE"))).toEqual(["STATE_REFERRAL"]);
    expect(advisoryCategoriesFor(actor("SECRETARIAT"))).toEqual(["SYSTEMIC_ISSUE"]);
    expect(advisoryCategoriesFor(actor("CIVIL_SOCIETY"))).toEqual([]);
    expect(advisoryCategoriesFor(null)).toEqual([]);
  });
});
