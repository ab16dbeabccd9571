import { describe, expect, it } from "vitest";
import { actorMaker } from "./test-actors";
import {
  mayClearPublicSummary,
  mayLinkCommunications,
  mayReadInternalNotes,
  mayReadPersonsConcerned,
  reprisalAccess,
  type ReprisalCaseFacts,
} from "./reprisals-policy";

const MANDATE_A = "00000000-0000-4000-8000-0000000000a1";
const MANDATE_B = "00000000-0000-4000-8000-0000000000b1";

const actor = actorMaker({ stateId: "state-1", mandateIds: [MANDATE_A] });

const linkedToA: ReprisalCaseFacts = { createdById: null, signatoryMandateIds: [MANDATE_A], confidentiality: "CONFIDENTIAL" };
const linkedToB: ReprisalCaseFacts = { createdById: null, signatoryMandateIds: [MANDATE_B], confidentiality: "CONFIDENTIAL" };
const recordedByHolder: ReprisalCaseFacts = {
  createdById: "user-MANDATE_HOLDER",
  signatoryMandateIds: [],
  confidentiality: "CONFIDENTIAL",
};

describe("reprisalAccess", () => {
  it.each([
    ["SECRETARIAT", linkedToB, "full"],
    ["MANDATE_HOLDER", linkedToA, "mandate"],
    ["MANDATE_HOLDER", linkedToB, "none"],
    ["MANDATE_HOLDER", recordedByHolder, "mandate"],
    ["STATE", linkedToA, "none"],
    ["CIVIL_SOCIETY", linkedToA, "none"],
    ["ADMIN", linkedToA, "none"],
  ] as const)("%s on a case → %s", (role, c, expected) => {
    expect(reprisalAccess(actor(role), c)).toBe(expected);
  });

  it("gives nothing to an anonymous visitor, even for a cleared case", () => {
    expect(reprisalAccess(null, { ...linkedToA, confidentiality: "PUBLIC_SUMMARY_CLEARED" })).toBe("none");
  });

  it("fails closed for a mandate holder whose tenure ended (no current mandate)", () => {
    expect(reprisalAccess(actor("MANDATE_HOLDER", { mandateIds: [] }), linkedToA)).toBe("none");
    expect(reprisalAccess(actor("MANDATE_HOLDER", { mandateIds: [] }), recordedByHolder)).toBe("none");
  });

  it("does not let another user's id or a missing creator match", () => {
    expect(reprisalAccess(actor("MANDATE_HOLDER", { userId: "someone-else" }), { ...recordedByHolder })).toBe("none");
  });
});

describe("fields a role may read", () => {
  it("hides the people concerned of a strictly confidential case from mandate holders", () => {
    expect(mayReadPersonsConcerned("full", { confidentiality: "STRICTLY_CONFIDENTIAL" })).toBe(true);
    expect(mayReadPersonsConcerned("mandate", { confidentiality: "STRICTLY_CONFIDENTIAL" })).toBe(false);
    expect(mayReadPersonsConcerned("mandate", { confidentiality: "CONFIDENTIAL" })).toBe(true);
    expect(mayReadPersonsConcerned("none", { confidentiality: "PUBLIC_SUMMARY_CLEARED" })).toBe(false);
    // A cleared case may have been strictly confidential: the holder does not get the names back.
    expect(mayReadPersonsConcerned("mandate", { confidentiality: "PUBLIC_SUMMARY_CLEARED" })).toBe(false);
  });
  it("keeps internal notes to the secretariat", () => {
    expect(mayReadInternalNotes("full")).toBe(true);
    expect(mayReadInternalNotes("mandate")).toBe(false);
    expect(mayReadInternalNotes("none")).toBe(false);
  });
});

describe("mayLinkCommunications", () => {
  it("lets the secretariat link any communication", () => {
    expect(mayLinkCommunications(actor("SECRETARIAT"), [[MANDATE_B]])).toBe(true);
  });
  it("lets a mandate holder link only communications its mandates signed", () => {
    expect(mayLinkCommunications(actor("MANDATE_HOLDER"), [[MANDATE_A], [MANDATE_B, MANDATE_A]])).toBe(true);
    expect(mayLinkCommunications(actor("MANDATE_HOLDER"), [[MANDATE_A], [MANDATE_B]])).toBe(false);
    expect(mayLinkCommunications(actor("MANDATE_HOLDER"), [])).toBe(true);
  });
  it("refuses every other role", () => {
    for (const role of ["STATE", "CIVIL_SOCIETY", "ADMIN"] as const) expect(mayLinkCommunications(actor(role), [])).toBe(false);
    expect(mayLinkCommunications(null, [])).toBe(false);
  });
});

describe("mayClearPublicSummary (four eyes)", () => {
  const secretariat = actor("SECRETARIAT");
  it("lets the secretariat clear a summary someone else wrote, or whose author is unknown", () => {
    expect(mayClearPublicSummary(secretariat, { publicSummaryWrittenById: "someone-else" })).toBe(true);
    expect(mayClearPublicSummary(secretariat, { publicSummaryWrittenById: null })).toBe(true);
  });
  it("refuses its author, and anyone outside the secretariat", () => {
    expect(mayClearPublicSummary(secretariat, { publicSummaryWrittenById: secretariat.userId })).toBe(false);
    for (const role of ["MANDATE_HOLDER", "STATE", "CIVIL_SOCIETY", "ADMIN"] as const)
      expect(mayClearPublicSummary(actor(role), { publicSummaryWrittenById: "someone-else" })).toBe(false);
    expect(mayClearPublicSummary(null, { publicSummaryWrittenById: null })).toBe(false);
  });
});
