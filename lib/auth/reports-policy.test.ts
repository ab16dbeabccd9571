import { describe, expect, it } from "vitest";
import type { Actor } from "./actor";
import { actor, MANDATE_A, MANDATE_B } from "./test-actors";
import { mayManageReport, schedulesReports } from "./reports-policy";

// R19: who keeps a report of mandate A, and who schedules it.
const CASES: [string, Actor | null, { manage: boolean; schedule: boolean }][] = [
  ["the secretariat", actor("SECRETARIAT"), { manage: true, schedule: true }],
  ["the holder of mandate A", actor("MANDATE_HOLDER"), { manage: true, schedule: false }],
  ["the holder of mandate B", actor("MANDATE_HOLDER", { mandateIds: [MANDATE_B] }), { manage: false, schedule: false }],
  ["a holder whose tenure ended", actor("MANDATE_HOLDER", { mandateIds: [] }), { manage: false, schedule: false }],
  ["a State", actor("STATE"), { manage: false, schedule: false }],
  ["civil society", actor("CIVIL_SOCIETY"), { manage: false, schedule: false }],
  ["an admin", actor("ADMIN"), { manage: false, schedule: false }],
  ["a visitor", null, { manage: false, schedule: false }],
];

describe("reports policy (R19)", () => {
  for (const [who, a, expected] of CASES) {
    it(`${who}: ${expected.manage ? "keeps" : "does not keep"} the report, ${expected.schedule ? "schedules" : "does not schedule"} it`, () => {
      expect(mayManageReport(a, { mandateId: MANDATE_A })).toBe(expected.manage);
      expect(schedulesReports(a)).toBe(expected.schedule);
    });
  }
});
