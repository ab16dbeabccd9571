import { describe, expect, it } from "vitest";
import type { Actor } from "../auth/actor";
import { communicationScopeFor, publicCommunicationScope, workspaceCommunicationScope } from "./scope";

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
    expect(scope).toMatchObject({
      status: "SENT",
      sentAt: { lte: now },
      OR: [{ addresseeStateId: "s1" }, { copies: { some: { stateId: "s1" } } }],
    });
  });
  it("fails closed for a State user without a State and a holder without mandates", () => {
    expect(communicationScopeFor({ ...base, role: "STATE", stateId: null }, now)).toEqual({ id: { in: [] } });
    expect(communicationScopeFor({ ...base, role: "MANDATE_HOLDER", mandateHolderId: "h", mandateIds: [] }, now)).toEqual({
      id: { in: [] },
    });
  });
});

describe("workspaceCommunicationScope", () => {
  it("gives nothing to visitors, civil society and administrators — never the public scope", () => {
    for (const actor of [null, { ...base, role: "CIVIL_SOCIETY" as const }, { ...base, role: "ADMIN" as const }]) {
      expect(workspaceCommunicationScope(actor, now)).toEqual({ id: { in: [] } });
    }
  });
  it("is the workspace scope for the secretariat, holders and States", () => {
    expect(workspaceCommunicationScope(base, now)).toEqual({});
    const state = { ...base, role: "STATE" as const, stateId: "s1" };
    expect(workspaceCommunicationScope(state, now)).toEqual(communicationScopeFor(state, now));
  });
});
