import { describe, expect, it } from "vitest";
import { actorMaker } from "./test-actors";
import { isStorySubmitter, mayAmendStory, mayModerateStory, mayReadUnpublishedStory, maySubmitStory } from "./stories-policy";

const actor = actorMaker({ stateId: "state-1", mandateIds: ["m-1"] });

describe("good stories policy (R13)", () => {
  it.each([
    [null, true],
    ["SECRETARIAT", true],
    ["MANDATE_HOLDER", true],
    ["STATE", true],
    ["CIVIL_SOCIETY", true],
    ["ADMIN", false],
  ] as const)("submit as %s → %s", (role, expected) => {
    expect(maySubmitStory(role ? actor(role) : null)).toBe(expected);
  });

  it("fails closed for a State user with no State", () => {
    expect(maySubmitStory(actor("STATE", { stateId: null }))).toBe(false);
  });

  it.each([
    [null, false],
    ["SECRETARIAT", true],
    ["MANDATE_HOLDER", false],
    ["STATE", false],
    ["CIVIL_SOCIETY", false],
    ["ADMIN", false],
  ] as const)("moderate as %s → %s", (role, expected) => {
    expect(mayModerateStory(role ? actor(role) : null)).toBe(expected);
  });

  it("knows the submitter from the record only", () => {
    const civil = actor("CIVIL_SOCIETY");
    expect(isStorySubmitter(civil, { submittedById: civil.userId })).toBe(true);
    expect(isStorySubmitter(civil, { submittedById: "other" })).toBe(false);
    expect(isStorySubmitter(civil, { submittedById: null })).toBe(false);
    expect(isStorySubmitter(null, { submittedById: null })).toBe(false);
  });

  it("lets the submitter amend only a story waiting for more information", () => {
    const civil = actor("CIVIL_SOCIETY");
    expect(mayAmendStory(civil, { submittedById: civil.userId, status: "NEEDS_INFORMATION" })).toBe(true);
    expect(mayAmendStory(civil, { submittedById: civil.userId, status: "SUBMITTED" })).toBe(false);
    expect(mayAmendStory(actor("SECRETARIAT"), { submittedById: civil.userId, status: "NEEDS_INFORMATION" })).toBe(false);
  });

  it("shows an unpublished story to the secretariat and its submitter only", () => {
    const civil = actor("CIVIL_SOCIETY");
    const story = { submittedById: civil.userId };
    expect(mayReadUnpublishedStory(civil, story)).toBe(true);
    expect(mayReadUnpublishedStory(actor("SECRETARIAT"), story)).toBe(true);
    expect(mayReadUnpublishedStory(actor("CIVIL_SOCIETY", { userId: "other" }), story)).toBe(false);
    expect(mayReadUnpublishedStory(actor("STATE"), story)).toBe(false);
    expect(mayReadUnpublishedStory(null, story)).toBe(false);
  });
});
