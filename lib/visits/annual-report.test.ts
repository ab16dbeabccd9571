import { describe, expect, it } from "vitest";
import { annualVisitReport, type Cycle, type ReportRequest } from "./annual-report";

// A fixed data set for the 2025 cycle: two mandates (M1, M2), four States (A, B, C, D).
const CYCLE: Cycle = { year: 2025, start: new Date("2024-12-31T23:00:00Z"), end: new Date("2025-12-31T23:00:00Z") };
const d = (s: string) => new Date(s);
const DATA: ReportRequest[] = [
  // Sent in 2025, accepted with dates in 2025, then scheduled.
  {
    id: "r1",
    mandateId: "M1",
    stateId: "A",
    status: "SCHEDULED",
    requestedAt: d("2025-02-01"),
    withdrawnAt: null,
    answers: [
      { kind: "ACCEPTANCE", at: d("2025-03-01") },
      { kind: "DATES_PROPOSED", at: d("2025-04-01") },
    ],
    timeframe: { start: d("2026-02-01"), end: d("2026-02-10") },
  },
  // Sent in 2025, never answered: State B did not answer in the cycle.
  {
    id: "r2",
    mandateId: "M1",
    stateId: "B",
    status: "REMINDED",
    requestedAt: d("2025-05-01"),
    withdrawnAt: null,
    answers: [],
    timeframe: null,
  },
  // Sent in 2025 to B by the other mandate, declined in 2025.
  {
    id: "r3",
    mandateId: "M2",
    stateId: "B",
    status: "DECLINED",
    requestedAt: d("2025-06-01"),
    withdrawnAt: null,
    answers: [{ kind: "DECLINE", at: d("2025-07-01") }],
    timeframe: null,
  },
  // Sent in 2025, answered only in 2026: did not answer in the cycle.
  {
    id: "r4",
    mandateId: "M2",
    stateId: "C",
    status: "POSTPONED",
    requestedAt: d("2025-11-01"),
    withdrawnAt: null,
    answers: [{ kind: "POSTPONEMENT", at: d("2026-01-15") }],
    timeframe: null,
  },
  // Sent in 2023, still unanswered: still not answering an earlier request.
  {
    id: "r5",
    mandateId: "M1",
    stateId: "D",
    status: "REQUESTED",
    requestedAt: d("2023-03-01"),
    withdrawnAt: null,
    answers: [],
    timeframe: null,
  },
  // Sent in 2024, answered in 2025 (postponed, with an indicative period): an answer of the cycle.
  {
    id: "r6",
    mandateId: "M2",
    stateId: "D",
    status: "POSTPONED",
    requestedAt: d("2024-09-01"),
    withdrawnAt: null,
    answers: [{ kind: "POSTPONEMENT", at: d("2025-01-10") }],
    timeframe: { start: d("2026-09-01"), end: null },
  },
  // Sent in 2024, withdrawn in 2025 without an answer: not held against the State.
  {
    id: "r7",
    mandateId: "M1",
    stateId: "C",
    status: "WITHDRAWN",
    requestedAt: d("2024-02-01"),
    withdrawnAt: d("2025-03-01"),
    answers: [],
    timeframe: null,
  },
  // Sent in 2022, answered in 2023: nothing in 2025.
  {
    id: "r8",
    mandateId: "M1",
    stateId: "A",
    status: "COMPLETED",
    requestedAt: d("2022-01-01"),
    withdrawnAt: null,
    answers: [{ kind: "ACCEPTANCE", at: d("2023-01-01") }],
    timeframe: { start: d("2023-05-01"), end: d("2023-05-10") },
  },
  // A draft never counts.
  {
    id: "r9",
    mandateId: "M1",
    stateId: "A",
    status: "DRAFT",
    requestedAt: d("2025-03-01"),
    withdrawnAt: null,
    answers: [],
    timeframe: null,
  },
  // Sent in 2026: after the cycle.
  {
    id: "r10",
    mandateId: "M1",
    stateId: "B",
    status: "REQUESTED",
    requestedAt: d("2026-01-05"),
    withdrawnAt: null,
    answers: [],
    timeframe: null,
  },
  // Sent on the last evening of 2024 in Geneva (23:30 local, 22:30 UTC): before the cycle, unanswered.
  {
    id: "r11",
    mandateId: "M2",
    stateId: "C",
    status: "REQUESTED",
    requestedAt: d("2024-12-31T22:30:00Z"),
    withdrawnAt: null,
    answers: [],
    timeframe: null,
  },
];
const ids = (rows: { id: string }[]) => rows.map((r) => r.id);
const groups = (gs: { stateId: string; requests: { id: string }[] }[]) => Object.fromEntries(gs.map((g) => [g.stateId, ids(g.requests)]));

describe("annual visit report, overall (R9)", () => {
  const report = annualVisitReport(DATA, CYCLE);
  it("1. counts the requests sent in the cycle (no drafts, Geneva year)", () => {
    expect(ids(report.requests)).toEqual(["r1", "r2", "r3", "r4"]);
  });
  it("2. lists the States asked", () => {
    expect(groups(report.statesAsked)).toEqual({ A: ["r1"], B: ["r2", "r3"], C: ["r4"] });
  });
  it("3. gives the outcome of each answer of the cycle with its timeframe", () => {
    expect(
      report.answers.map((a) => [
        a.request.id,
        a.outcome,
        a.answeredAt.toISOString().slice(0, 10),
        a.timeframe?.start.toISOString().slice(0, 10) ?? null,
      ]),
    ).toEqual([
      ["r6", "POSTPONEMENT", "2025-01-10", "2026-09-01"],
      ["r1", "DATES_PROPOSED", "2025-04-01", "2026-02-01"],
      ["r3", "DECLINE", "2025-07-01", null],
    ]);
  });
  it("4. lists the States that did not answer in the cycle", () => {
    expect(groups(report.notAnsweredInCycle)).toEqual({ B: ["r2"], C: ["r4"] });
  });
  it("5. lists the States still not answering earlier requests", () => {
    expect(groups(report.stillNotAnsweringEarlier)).toEqual({ D: ["r5"], C: ["r11"] });
  });
});

describe("annual visit report, per mandate (R9)", () => {
  it("keeps only the mandate's requests", () => {
    const m1 = annualVisitReport(DATA, CYCLE, { mandateId: "M1" });
    expect(ids(m1.requests)).toEqual(["r1", "r2"]);
    expect(groups(m1.statesAsked)).toEqual({ A: ["r1"], B: ["r2"] });
    expect(m1.answers.map((a) => a.request.id)).toEqual(["r1"]);
    expect(groups(m1.notAnsweredInCycle)).toEqual({ B: ["r2"] });
    expect(groups(m1.stillNotAnsweringEarlier)).toEqual({ D: ["r5"] });
    const m2 = annualVisitReport(DATA, CYCLE, { mandateId: "M2" });
    expect(ids(m2.requests)).toEqual(["r3", "r4"]);
    expect(m2.answers.map((a) => a.outcome)).toEqual(["POSTPONEMENT", "DECLINE"]);
    expect(groups(m2.notAnsweredInCycle)).toEqual({ C: ["r4"] });
    expect(groups(m2.stillNotAnsweringEarlier)).toEqual({ C: ["r11"] });
  });
  it("a year with no requests is empty, not an error", () => {
    const empty = annualVisitReport(DATA, { year: 2019, start: d("2018-12-31T23:00:00Z"), end: d("2019-12-31T23:00:00Z") });
    expect([empty.requests, empty.statesAsked, empty.answers, empty.notAnsweredInCycle, empty.stillNotAnsweringEarlier]).toEqual([
      [],
      [],
      [],
      [],
      [],
    ]);
  });
});
