import { describe, expect, it } from "vitest";
import type { Actor } from "../auth/actor";
import type { Role } from "../generated/prisma/enums";
import { pressReleaseScopeFor, publicPressReleaseScope } from "./scope";

const now = new Date("2026-06-01T00:00:00Z");
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
const NOTHING = { id: { in: [] } };

describe("pressReleaseScopeFor", () => {
  it("anonymous visitors, civil society and admins see published press releases only", () => {
    const published = { status: "PUBLISHED", publishedAt: { lte: now } };
    expect(publicPressReleaseScope(now)).toEqual(published);
    expect(pressReleaseScopeFor(null, now)).toEqual(published);
    expect(pressReleaseScopeFor({ ...base, role: "CIVIL_SOCIETY" }, now)).toEqual(published);
    expect(pressReleaseScopeFor({ ...base, role: "ADMIN" }, now)).toEqual(published);
  });
  it("the secretariat sees everything", () => {
    expect(pressReleaseScopeFor(base, now)).toEqual({});
  });
  it("a mandate holder sees its own mandates' press releases, drafts included", () => {
    const scope = pressReleaseScopeFor({ ...base, role: "MANDATE_HOLDER", mandateHolderId: "h", mandateIds: ["m1", "m2"] }, now);
    expect(scope).toEqual({ mandateId: { in: ["m1", "m2"] } });
  });
  it("a State sees what was shared with it — on a letter to it or a visit to it — once the mail is due, and never drafts", () => {
    expect(pressReleaseScopeFor({ ...base, role: "STATE", stateId: "s1" }, now)).toEqual({
      status: { in: ["SHARED_WITH_STATE", "PUBLISHED"] },
      sharedWithStateAt: { lte: now },
      OR: [{ communication: { is: { addresseeStateId: "s1" } } }, { visit: { is: { visitRequest: { is: { stateId: "s1" } } } } }],
    });
  });
  it.each<[string, Actor]>([
    ["a State user without a State", { ...base, role: "STATE", stateId: null }],
    ["a holder without a current mandate", { ...base, role: "MANDATE_HOLDER", mandateHolderId: "h", mandateIds: [] }],
    ["a holder without a holder record", { ...base, role: "MANDATE_HOLDER", mandateHolderId: null, mandateIds: ["m1"] }],
    ["an unknown role", { ...base, role: "SOMETHING" as Role }],
  ])("fails closed for %s", (_label, actor) => {
    expect(pressReleaseScopeFor(actor, now)).toEqual(NOTHING);
  });
});
