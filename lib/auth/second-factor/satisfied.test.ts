import { describe, expect, it } from "vitest";
import { secondFactorRequired, secondFactorSatisfied } from "./satisfied";

describe("whether a session has the second factor it needs", () => {
  it("secretariat and admin always need it; State users when the setting says so; others never", () => {
    for (const stateRequired of [false, true]) {
      expect(secondFactorRequired("SECRETARIAT", { stateRequired })).toBe(true);
      expect(secondFactorRequired("ADMIN", { stateRequired })).toBe(true);
      expect(secondFactorRequired("MANDATE_HOLDER", { stateRequired })).toBe(false);
      expect(secondFactorRequired("CIVIL_SOCIETY", { stateRequired })).toBe(false);
    }
    expect(secondFactorRequired("STATE", { stateRequired: false })).toBe(false);
    expect(secondFactorRequired("STATE", { stateRequired: true })).toBe(true);
  });

  it("a session that gave a factor (or enrolled one) satisfies it; one without does only where none is needed", () => {
    expect(secondFactorSatisfied({ role: "SECRETARIAT", sessionFactor: null, stateRequired: false })).toBe(false);
    for (const f of ["totp", "recovery-code", "passkey", "enrolment", "sso"]) {
      expect(secondFactorSatisfied({ role: "ADMIN", sessionFactor: f, stateRequired: false })).toBe(true);
    }
    expect(secondFactorSatisfied({ role: "STATE", sessionFactor: null, stateRequired: false })).toBe(true);
    expect(secondFactorSatisfied({ role: "STATE", sessionFactor: null, stateRequired: true })).toBe(false);
    expect(secondFactorSatisfied({ role: "CIVIL_SOCIETY", sessionFactor: null, stateRequired: true })).toBe(true);
  });
});
