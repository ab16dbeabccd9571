import { describe, expect, it } from "vitest";
import type { Actor } from "../auth/actor";
import { communicationScopeFor, publicCommunicationScope } from "./scope";

const now = new Date("2026-06-01T00:00:00Z");
const base: Actor = {
  userId: "u", role: "SECRETARIAT", name: "n", email: "e", timeZone: "Europe/Zurich",
  stateId: null, mandateHolderId: null, mandateIds: [], coordinationCommittee: false,
};

describe("communicationScopeFor", () => {
  it("anonymous and civil society see only published communications", () => {
    expect(communicationScopeFor(null, now)).toEqual(publicCommunicationScope(now));
    expect(communicationScopeFor({ ...base, role: "CIVIL_SOCIETY" }, now)).toEqual(publicCommunicationScope(now));
  });
  it("the secretariat sees everything", () => {
    expect(communicationScopeFor(base, now)).toEqual({});
  });
  it("a mandate holder sees its mandates' communications only", () => {
    const scope = communicationScopeFor({ ...base, role: "MANDATE_HOLDER", mandateHolderId: "h", mandateIds: ["m1"] }, now);
    expect(scope).toEqual({ mandates: { some: { mandateId: { in: ["m1"] } } } });
  });
  it("a State sees what was sent to it or copied to it, once sent", () => {
    const scope = communicationScopeFor({ ...base, role: "STATE", stateId: "s1" }, now);
    expect(scope).toMatchObject({ status: "SENT", sentAt: { lte: now }, OR: [{ addresseeStateId: "s1" }, { copies: { some: { stateId: "s1" } } }] });
  });
  it("fails closed for a State user without a State and a holder without mandates", () => {
    expect(communicationScopeFor({ ...base, role: "STATE", stateId: null }, now)).toEqual({ id: { in: [] } });
    expect(communicationScopeFor({ ...base, role: "MANDATE_HOLDER", mandateHolderId: "h", mandateIds: [] }, now)).toEqual({ id: { in: [] } });
  });
});
