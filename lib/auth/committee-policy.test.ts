import { describe, expect, it } from "vitest";
import { actorMaker } from "./test-actors";
import type { Actor } from "./actor";
import {
  mayDraftCommitteeStatement,
  mayEditGuidance,
  mayPublishCommitteeStatement,
  mayRecordCommitteeMembership,
  maySignCommitteeStatement,
  type CommitteeSeat,
} from "./committee-policy";

const actor = actorMaker({ stateId: "state-1", mandateIds: ["mandate-1"] });

type Row = [
  who: string,
  actor: Actor | null,
  seat: CommitteeSeat,
  record: boolean,
  draft: boolean,
  sign: boolean,
  publish: boolean,
  guidance: boolean,
];

// Who may do what in the Committee's space, role × seat, fail-closed cases included.
const TABLE: Row[] = [
  ["secretariat", actor("SECRETARIAT"), null, true, true, false, true, true],
  ["the Chair", actor("MANDATE_HOLDER"), "CHAIR", false, true, true, true, true],
  ["the Rapporteur", actor("MANDATE_HOLDER"), "RAPPORTEUR", false, true, true, false, true],
  ["a member", actor("MANDATE_HOLDER"), "MEMBER", false, true, true, false, true],
  ["a holder without a seat", actor("MANDATE_HOLDER"), null, false, false, false, false, false],
  [
    "a holder with no current mandate, though seated",
    actor("MANDATE_HOLDER", { mandateIds: [] }),
    "CHAIR",
    false,
    false,
    false,
    false,
    false,
  ],
  ["a State user (a seat passed by mistake counts for nothing)", actor("STATE"), "MEMBER", false, false, false, false, false],
  ["civil society", actor("CIVIL_SOCIETY"), null, false, false, false, false, false],
  ["an admin", actor("ADMIN"), null, false, false, false, false, false],
  ["a visitor", null, null, false, false, false, false, false],
];

describe("the Committee's space: who may do what", () => {
  for (const [who, a, seat, record, draft, sign, publish, guidance] of TABLE) {
    it(who, () => {
      expect(mayRecordCommitteeMembership(a)).toBe(record);
      expect(mayDraftCommitteeStatement(a, seat)).toBe(draft);
      expect(maySignCommitteeStatement(a, seat)).toBe(sign);
      expect(mayPublishCommitteeStatement(a, seat)).toBe(publish);
      expect(mayEditGuidance(a, seat)).toBe(guidance);
    });
  }
});
