import { describe, expect, it } from "vitest";
import { actorMaker } from "./test-actors";
import type { Actor } from "./actor";
import {
  mayActAsRequester,
  mayAnswer,
  mayInvite,
  mayManageStandingInvitations,
  mayRecordReport,
  mayRequestFor,
  maySeeRequest,
  mayUpdateRecommendation,
} from "./visits-policy";

const STATE_A = "00000000-0000-4000-8000-00000000000a";
const STATE_B = "00000000-0000-4000-8000-00000000000b";
const MANDATE_A = "00000000-0000-4000-8000-0000000000a1";
const MANDATE_B = "00000000-0000-4000-8000-0000000000b1";

const actor = actorMaker({ stateId: STATE_A, mandateIds: [MANDATE_A] });

const secretariat = actor("SECRETARIAT");
const holderA = actor("MANDATE_HOLDER");
const holderB = actor("MANDATE_HOLDER", { mandateIds: [MANDATE_B] });
const holderNoMandate = actor("MANDATE_HOLDER", { mandateIds: [] });
const stateA = actor("STATE");
const stateB = actor("STATE", { stateId: STATE_B });
const stateUnbound = actor("STATE", { stateId: null });
const civil = actor("CIVIL_SOCIETY");
const admin = actor("ADMIN");
const request = { mandateId: MANDATE_A, stateId: STATE_A, status: "REQUESTED" };

// role × rule, for a request of mandate A to State A.
const TABLE: [
  string,
  Actor | null,
  { requester: boolean; answer: boolean; see: boolean; seeDraft: boolean; recommendation: boolean; report: boolean; register: boolean },
][] = [
  [
    "secretariat",
    secretariat,
    { requester: true, answer: true, see: true, seeDraft: true, recommendation: true, report: true, register: true },
  ],
  [
    "holder of the mandate",
    holderA,
    { requester: true, answer: false, see: true, seeDraft: true, recommendation: false, report: true, register: false },
  ],
  [
    "holder of another mandate",
    holderB,
    { requester: false, answer: false, see: false, seeDraft: false, recommendation: false, report: false, register: false },
  ],
  [
    "holder with no current mandate",
    holderNoMandate,
    { requester: false, answer: false, see: false, seeDraft: false, recommendation: false, report: false, register: false },
  ],
  [
    "the State visited",
    stateA,
    { requester: false, answer: true, see: true, seeDraft: false, recommendation: true, report: false, register: false },
  ],
  [
    "another State",
    stateB,
    { requester: false, answer: false, see: false, seeDraft: false, recommendation: false, report: false, register: false },
  ],
  [
    "a State user with no State",
    stateUnbound,
    { requester: false, answer: false, see: false, seeDraft: false, recommendation: false, report: false, register: false },
  ],
  [
    "civil society",
    civil,
    { requester: false, answer: false, see: false, seeDraft: false, recommendation: false, report: false, register: false },
  ],
  ["admin", admin, { requester: false, answer: false, see: false, seeDraft: false, recommendation: false, report: false, register: false }],
  [
    "anonymous",
    null,
    { requester: false, answer: false, see: false, seeDraft: false, recommendation: false, report: false, register: false },
  ],
];

describe("visits policy (role × rule)", () => {
  for (const [name, who, expected] of TABLE) {
    it(name, () => {
      expect({
        requester: mayActAsRequester(who, request),
        answer: mayAnswer(who, request),
        see: maySeeRequest(who, request),
        seeDraft: maySeeRequest(who, { ...request, status: "DRAFT" }),
        recommendation: mayUpdateRecommendation(who, { visitStateId: STATE_A }),
        report: mayRecordReport(who, request),
        register: mayManageStandingInvitations(who),
      }).toEqual(expected);
    });
  }
  it("a holder requests visits only for its own mandates", () => {
    expect(mayRequestFor(holderA, MANDATE_A)).toBe(true);
    expect(mayRequestFor(holderA, MANDATE_B)).toBe(false);
    expect(mayRequestFor(secretariat, MANDATE_A)).toBe(false);
    expect(mayRequestFor(stateA, MANDATE_A)).toBe(false);
  });
  it("only a State's own users invite a mandate, for their own State", () => {
    expect(mayInvite(stateA)).toBe(true);
    expect(mayInvite(stateB)).toBe(true);
    for (const who of [stateUnbound, secretariat, holderA, civil, admin, null]) expect(mayInvite(who)).toBe(false);
  });
  it("a State updates recommendations only of reports on visits to itself, never of other reports", () => {
    expect(mayUpdateRecommendation(stateA, { visitStateId: STATE_B })).toBe(false);
    expect(mayUpdateRecommendation(stateA, { visitStateId: null })).toBe(false);
    expect(mayUpdateRecommendation(secretariat, { visitStateId: null })).toBe(true);
  });
});
