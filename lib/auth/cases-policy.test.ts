import { describe, expect, it } from "vitest";
import type { Actor } from "./actor";
import type { Role } from "../generated/prisma/enums";
import { actor, MANDATE_A, MANDATE_B } from "./test-actors";
import { mayReadCase, mayReadCaseSource, maySubmitCase, mayTriageCase } from "./cases-policy";

const assignedToA = { assignedMandateIds: [MANDATE_A] };
const assignedToB = { assignedMandateIds: [MANDATE_B] };
const unassigned = { assignedMandateIds: [] };

// Who may do what with a case submission, written out: [actor, submit, triage, read source, read A, read B, read unassigned].
const TABLE: [string, Actor | null, boolean, boolean, boolean, boolean, boolean, boolean][] = [
  ["anonymous visitor", null, true, false, false, false, false, false],
  ["civil society", actor("CIVIL_SOCIETY"), true, false, false, false, false, false],
  ["secretariat", actor("SECRETARIAT"), false, true, true, true, true, true],
  ["holder of mandate A", actor("MANDATE_HOLDER"), false, false, false, true, false, false],
  ["holder with no current mandate", actor("MANDATE_HOLDER", { mandateIds: [] }), false, false, false, false, false, false],
  ["State", actor("STATE"), false, false, false, false, false, false],
  ["admin", actor("ADMIN"), false, false, false, false, false, false],
  ["unknown role", actor("SOMETHING" as Role), false, false, false, false, false, false],
];

describe("case submissions policy", () => {
  for (const [who, a, submit, triage, source, readA, readB, readNone] of TABLE) {
    it(`${who}: submit ${submit}, triage ${triage}, source ${source}, assigned to its mandate ${readA}, to another ${readB}, to none ${readNone}`, () => {
      expect(maySubmitCase(a)).toBe(submit);
      expect(mayTriageCase(a)).toBe(triage);
      expect(mayReadCaseSource(a)).toBe(source);
      expect(mayReadCase(a, assignedToA)).toBe(readA);
      expect(mayReadCase(a, assignedToB)).toBe(readB);
      expect(mayReadCase(a, unassigned)).toBe(readNone);
    });
  }
});
