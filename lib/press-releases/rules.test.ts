import { describe, expect, it } from "vitest";
import type { Actor } from "../auth/actor";
import { earliestPublication, mayPublish, mayShare, publicationDecision, type PublicationDecision } from "./rules";

const HOUR = 60 * 60 * 1000;
const now = new Date("2026-06-10T10:00:00Z");
const hoursAgo = (h: number) => new Date(now.getTime() - h * HOUR);
const hoursAhead = (h: number) => new Date(now.getTime() + h * HOUR);
const JUSTIFICATION = "Imminent execution: the alleged victims are at immediate risk.";

const linked = { status: "SHARED_WITH_STATE" as const, communicationId: "c", visitId: null, sharedWithStateAt: hoursAgo(30) };

describe("publicationDecision (R3)", () => {
  it.each<[string, Parameters<typeof publicationDecision>[0], PublicationDecision]>([
    [
      "linked but never shared",
      {
        pressRelease: { ...linked, status: "DRAFT", sharedWithStateAt: null },
        replyDueAt: hoursAhead(500),
        leadTimeHours: 24,
        justification: JUSTIFICATION,
        now,
      },
      { kind: "not-shared" },
    ],
    [
      "shared, still inside the lead time",
      {
        pressRelease: { ...linked, sharedWithStateAt: hoursAgo(10) },
        replyDueAt: hoursAhead(500),
        leadTimeHours: 24,
        justification: JUSTIFICATION,
        now,
      },
      { kind: "lead-time", possibleFrom: hoursAhead(14) },
    ],
    [
      "lead time over to the minute",
      { pressRelease: { ...linked, sharedWithStateAt: hoursAgo(24) }, replyDueAt: null, leadTimeHours: 24, justification: null, now },
      { kind: "allowed", early: false },
    ],
    [
      "after the lead time, before the deadline, no justification",
      { pressRelease: linked, replyDueAt: hoursAhead(500), leadTimeHours: 24, justification: null, now },
      { kind: "justification-required", replyDueAt: hoursAhead(500) },
    ],
    [
      "after the lead time, before the deadline, a justification too short",
      { pressRelease: linked, replyDueAt: hoursAhead(500), leadTimeHours: 24, justification: "   urgent, sorry    ", now },
      { kind: "justification-required", replyDueAt: hoursAhead(500) },
    ],
    [
      "after the lead time, before the deadline, justified",
      { pressRelease: linked, replyDueAt: hoursAhead(500), leadTimeHours: 24, justification: JUSTIFICATION, now },
      { kind: "allowed", early: true },
    ],
    [
      "after the reply deadline",
      { pressRelease: linked, replyDueAt: hoursAgo(1), leadTimeHours: 24, justification: null, now },
      { kind: "allowed", early: false },
    ],
    [
      "linked to a visit (no reply deadline), after the lead time",
      { pressRelease: { ...linked, communicationId: null, visitId: "v" }, replyDueAt: null, leadTimeHours: 24, justification: null, now },
      { kind: "allowed", early: false },
    ],
    [
      "unlinked draft: published directly",
      {
        pressRelease: { status: "DRAFT", communicationId: null, visitId: null, sharedWithStateAt: null },
        replyDueAt: null,
        leadTimeHours: 24,
        justification: null,
        now,
      },
      { kind: "allowed", early: false },
    ],
    [
      "a lead time of zero hours",
      { pressRelease: { ...linked, sharedWithStateAt: now }, replyDueAt: hoursAgo(1), leadTimeHours: 0, justification: null, now },
      { kind: "allowed", early: false },
    ],
    [
      "already published",
      { pressRelease: { ...linked, status: "PUBLISHED" }, replyDueAt: null, leadTimeHours: 24, justification: null, now },
      { kind: "not-publishable" },
    ],
    [
      "withdrawn",
      {
        pressRelease: { ...linked, status: "WITHDRAWN", communicationId: null },
        replyDueAt: null,
        leadTimeHours: 24,
        justification: null,
        now,
      },
      { kind: "not-publishable" },
    ],
  ])("%s", (_label, input, expected) => {
    expect(publicationDecision(input)).toEqual(expected);
  });

  it("counts the lead time from the effective sharing time", () => {
    expect(earliestPublication(new Date("2026-06-08T07:00:00Z"), 24)).toEqual(new Date("2026-06-09T07:00:00Z"));
  });
});

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
const holder: Actor = { ...base, role: "MANDATE_HOLDER", mandateHolderId: "h", mandateIds: ["m1"] };

describe("who shares and who publishes", () => {
  it.each<[string, Actor | null, boolean, boolean]>([
    ["secretariat", base, true, true],
    ["holder of the mandate", holder, true, false],
    ["holder of another mandate", { ...holder, mandateIds: ["m2"] }, false, false],
    ["State", { ...base, role: "STATE", stateId: "s1" }, false, false],
    ["civil society", { ...base, role: "CIVIL_SOCIETY" }, false, false],
    ["admin", { ...base, role: "ADMIN" }, false, false],
    ["nobody", null, false, false],
  ])("%s: share %s, publish %s", (_label, actor, share, publish) => {
    expect(mayShare(actor, { mandateId: "m1" })).toBe(share);
    expect(mayPublish(actor)).toBe(publish);
  });
  it("a press release without a mandate is shared by the secretariat only", () => {
    expect(mayShare(holder, { mandateId: null })).toBe(false);
    expect(mayShare(base, { mandateId: null })).toBe(true);
  });
});
