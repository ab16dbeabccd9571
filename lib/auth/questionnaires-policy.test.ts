import { describe, expect, it } from "vitest";
import type { Actor } from "./actor";
import type { Role } from "../generated/prisma/enums";
import { mayAnswer, mayApprove, mayProposeFor, mayViewAnswers } from "./questionnaires-policy";
import { mayBook, mayCancelBooking, mayManageSlot } from "./office-hours-policy";

const base: Actor = {
  userId: "u",
  role: "SECRETARIAT",
  name: "n",
  email: "e",
  timeZone: "Europe/Zurich",
  stateId: null,
  mandateHolderId: null,
  mandateIds: [],
  coordinationCommittee: false,
};
const secretariat = base;
const holder: Actor = { ...base, role: "MANDATE_HOLDER", mandateHolderId: "h1", mandateIds: ["m1"] };
const holderless: Actor = { ...base, role: "MANDATE_HOLDER", mandateHolderId: "h2", mandateIds: [] };
const norway: Actor = { ...base, role: "STATE", stateId: "nor" };
const stateless: Actor = { ...base, role: "STATE", stateId: null };
const civil: Actor = { ...base, role: "CIVIL_SOCIETY" };
const admin: Actor = { ...base, role: "ADMIN" };
const unknown: Actor = { ...base, role: "SOMETHING" as Role };

describe("questionnaires policy (R12)", () => {
  it.each<[string, Actor | null, string[], boolean]>([
    ["secretariat, any mandate", secretariat, ["m9"], true],
    ["holder, own mandate", holder, ["m1"], true],
    ["holder, with another mandate too", holder, ["m1", "m2"], false],
    ["holder, another mandate", holder, ["m2"], false],
    ["holder without a current mandate", holderless, ["m1"], false],
    ["nobody, no mandate", secretariat, [], false],
    ["State", norway, ["m1"], false],
    ["civil society", civil, ["m1"], false],
    ["anonymous", null, ["m1"], false],
  ])("mayProposeFor: %s → %s", (_l, actor, mandates, expected) => {
    expect(mayProposeFor(actor, mandates)).toBe(expected);
  });

  it("only the secretariat approves", () => {
    expect([secretariat, holder, norway, civil, admin, unknown, null].map(mayApprove)).toEqual([
      true,
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it.each<[string, Actor | null, boolean]>([
    ["secretariat", secretariat, true],
    ["holder of a mandate of the call", holder, true],
    ["holder of another mandate", { ...holder, mandateIds: ["m3"] }, false],
    ["State", norway, false],
    ["civil society", civil, false],
    ["admin", admin, false],
    ["unknown role", unknown, false],
    ["anonymous", null, false],
  ])("mayViewAnswers: %s → %s", (_l, actor, expected) => {
    expect(mayViewAnswers(actor, { mandateIds: ["m1", "m2"] })).toBe(expected);
  });

  it.each<[string, Actor | null, "STATES" | "CIVIL_SOCIETY" | "ALL", boolean]>([
    ["State, States call", norway, "STATES", true],
    ["State, all", norway, "ALL", true],
    ["State, civil-society call", norway, "CIVIL_SOCIETY", false],
    ["State user without a State", stateless, "STATES", false],
    ["civil society, States-only call", civil, "STATES", false],
    ["civil society, its call", civil, "CIVIL_SOCIETY", true],
    ["civil society, all", civil, "ALL", true],
    ["secretariat", secretariat, "ALL", false],
    ["holder", holder, "ALL", false],
    ["anonymous", null, "ALL", false],
  ])("mayAnswer: %s → %s", (_l, actor, audience, expected) => {
    expect(mayAnswer(actor, { audience })).toBe(expected);
  });
});

describe("office-hours policy (R17)", () => {
  it("a holder manages only its own slots", () => {
    expect(mayManageSlot(holder, { mandateHolderId: "h1" })).toBe(true);
    expect(mayManageSlot(holder, { mandateHolderId: "h9" })).toBe(false);
    expect(mayManageSlot(secretariat, { mandateHolderId: "h1" })).toBe(false);
    expect(mayManageSlot(norway, { mandateHolderId: "h1" })).toBe(false);
  });
  it("only a State with its State bound books, and cancels only its own booking", () => {
    expect([norway, stateless, holder, civil, secretariat, null].map(mayBook)).toEqual([true, false, false, false, false, false]);
    expect(mayCancelBooking(norway, { bookedByStateId: "nor" })).toBe(true);
    expect(mayCancelBooking(norway, { bookedByStateId: "bra" })).toBe(false);
    expect(mayCancelBooking(norway, { bookedByStateId: null })).toBe(false);
    expect(mayCancelBooking(secretariat, { bookedByStateId: "nor" })).toBe(false);
  });
});
