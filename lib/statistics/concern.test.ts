import { describe, expect, it } from "vitest";
import { concernByState, concernWindowStart } from "./concern";

describe("concernWindowStart (R21)", () => {
  it.each([
    // Geneva wall clock kept across the daylight-saving switch (summer UTC+2, winter UTC+1)
    ["2026-07-15T10:00:00Z", 12, "2025-07-15T10:00:00.000Z"],
    ["2026-07-15T10:00:00Z", 6, "2026-01-15T11:00:00.000Z"],
    // a shorter month: the last day of it
    ["2026-03-31T10:00:00Z", 1, "2026-02-28T11:00:00.000Z"],
    ["2024-03-31T10:00:00Z", 1, "2024-02-29T11:00:00.000Z"],
    ["2025-03-31T10:00:00Z", 1, "2025-02-28T11:00:00.000Z"],
    ["2026-05-31T10:00:00Z", 3, "2026-02-28T11:00:00.000Z"],
    ["2024-02-29T10:00:00Z", 12, "2023-02-28T10:00:00.000Z"],
    ["2028-02-29T10:00:00Z", 48, "2024-02-29T10:00:00.000Z"],
    // across years
    ["2026-01-10T08:00:00Z", 13, "2024-12-10T08:00:00.000Z"],
    // the daylight-saving switches: 02:30 on 29 March 2026 does not exist in Geneva (an hour later,
    // 03:30 summer time); 02:30 on 25 October 2026 happens twice (the winter-time one)
    ["2026-04-29T00:30:00Z", 1, "2026-03-29T01:30:00.000Z"],
    ["2026-11-25T01:30:00Z", 1, "2026-10-25T01:30:00.000Z"],
    // the evening of the switch day, on each side of it
    ["2026-04-28T20:00:00Z", 1, "2026-03-28T21:00:00.000Z"],
    ["2026-11-24T22:30:00Z", 1, "2026-10-24T21:30:00.000Z"],
  ])("%s less %i months is %s", (now, months, expected) => {
    expect(concernWindowStart(new Date(now), months).toISOString()).toBe(expected);
  });
});

describe("concernByState (R21)", () => {
  const pairs = [
    { stateId: "A", mandateId: "m1" },
    { stateId: "A", mandateId: "m2" },
    { stateId: "A", mandateId: "m1" }, // the same mandate twice counts once
    { stateId: "A", mandateId: "m3" },
    { stateId: "A", mandateId: "m4" },
    { stateId: "B", mandateId: "m1" },
    { stateId: "B", mandateId: "m2" },
    { stateId: "B", mandateId: "m3" },
  ];
  it("counts distinct mandates and flags at the threshold, not below", () => {
    expect(concernByState(pairs, 4)).toEqual([
      { stateId: "A", mandateIds: ["m1", "m2", "m3", "m4"], count: 4, flagged: true },
      { stateId: "B", mandateIds: ["m1", "m2", "m3"], count: 3, flagged: false },
    ]);
    expect(concernByState(pairs, 3).map((s) => s.flagged)).toEqual([true, true]);
    expect(concernByState([], 4)).toEqual([]);
  });
});
