import { describe, expect, it } from "vitest";
import { bucketByYear, fillYearCounts, medianDays, rate, replyFigures, totals, yearRange } from "./cooperation";

describe("rate", () => {
  it.each([
    [1, 2, 0.5],
    [0, 4, 0],
    [3, 3, 1],
    [0, 0, null],
    [2, 0, null],
    [5, 4, 1],
    [Number.NaN, 4, null],
  ])("rate(%s, %s) = %s", (part, whole, expected) => {
    expect(rate(part, whole)).toBe(expected);
  });
});

describe("medianDays", () => {
  it.each([
    [null, null],
    [undefined, null],
    ["", null],
    [12, 12],
    [12.345, 12.3],
    [12.35, 12.4],
    ["7.25", 7.3],
    ["not a number", null],
    [0, 0],
  ] as const)("medianDays(%s) = %s", (value, expected) => {
    expect(medianDays(value)).toBe(expected);
  });
});

describe("yearRange", () => {
  it("is inclusive and empty when reversed", () => {
    expect(yearRange(2020, 2023)).toEqual([2020, 2021, 2022, 2023]);
    expect(yearRange(2024, 2024)).toEqual([2024]);
    expect(yearRange(2025, 2024)).toEqual([]);
  });
});

describe("bucketByYear", () => {
  const rows = [
    { year: 2020, type: "AL", received: 3, replied: 2, repliedInTime: 1 },
    { year: 2020, type: "UA", received: 1, replied: 0, repliedInTime: 0 },
    { year: 2023, type: "OL", received: 2, replied: 2, repliedInTime: 2 },
  ] as const;

  it("fills missing years and types with zeros, up to the current year", () => {
    const buckets = bucketByYear(rows, { to: 2025 });
    expect(buckets.map((b) => b.year)).toEqual([2020, 2021, 2022, 2023, 2024, 2025]);
    expect(buckets[0]).toEqual({ year: 2020, AL: 3, UA: 1, OL: 0, received: 4, replied: 2, repliedInTime: 1, replyRate: 0.5 });
    expect(buckets[1]).toEqual({ year: 2021, AL: 0, UA: 0, OL: 0, received: 0, replied: 0, repliedInTime: 0, replyRate: null });
    expect(buckets[3]!.replyRate).toBe(1);
  });

  it("starts at `from` when earlier than the data, and keeps years after `to`", () => {
    expect(bucketByYear(rows, { from: 2019, to: 2021 }).map((b) => b.year)).toEqual([2019, 2020, 2021, 2022, 2023]);
  });

  it("is empty without data and without `from`, and zero-filled with `from`", () => {
    expect(bucketByYear([], { to: 2025 })).toEqual([]);
    const empty = bucketByYear([], { from: 2024, to: 2025 });
    expect(empty.map((b) => [b.year, b.received, b.replyRate])).toEqual([
      [2024, 0, null],
      [2025, 0, null],
    ]);
  });

  it("adds up duplicate rows of the same year and type", () => {
    const b = bucketByYear([...rows, { year: 2020, type: "AL", received: 1, replied: 1, repliedInTime: 1 }], { to: 2020 });
    expect(b[0]!.AL).toBe(4);
    expect(b[0]!.replied).toBe(3);
  });
});

describe("totals", () => {
  it("sums by type and overall, with rates", () => {
    const t = totals(
      bucketByYear(
        [
          { year: 2022, type: "AL", received: 3, replied: 2, repliedInTime: 1 },
          { year: 2023, type: "UA", received: 1, replied: 0, repliedInTime: 0 },
        ],
        { to: 2023 },
      ),
    );
    expect(t).toEqual({ byType: { AL: 3, UA: 1, OL: 0 }, received: 4, replied: 2, repliedInTime: 1, replyRate: 0.5, inTimeRate: 0.25 });
    expect(totals([]).replyRate).toBeNull();
  });
});

describe("fillYearCounts", () => {
  it("fills gaps up to `to`", () => {
    expect(
      fillYearCounts(
        [
          { year: 2021, count: 2 },
          { year: 2023, count: 1 },
        ],
        2024,
      ),
    ).toEqual([
      { year: 2021, count: 2 },
      { year: 2022, count: 0 },
      { year: 2023, count: 1 },
      { year: 2024, count: 0 },
    ]);
    expect(fillYearCounts([], 2024)).toEqual([]);
  });
});

describe("replyFigures (R18: rates over the letters whose reply period has ended)", () => {
  it("leaves a letter still in its period, answered early, out of the rates", () => {
    // 6 sent, 5 replied; of the 5 whose period ended, 4 replied and 3 in time.
    expect(replyFigures({ sent: 6, replied: 5, periodEnded: 5, repliedOfEnded: 4, repliedInTime: 3 })).toEqual({
      sent: 6,
      replied: 5,
      periodEnded: 5,
      repliedOfEnded: 4,
      repliedInTime: 3,
      replyRate: 0.8,
      inTimeRate: 0.6,
    });
  });
  it("has no rate while no period has ended, however many were answered", () => {
    expect(replyFigures({ sent: 2, replied: 2, periodEnded: 0, repliedOfEnded: 0, repliedInTime: 0 })).toMatchObject({
      replyRate: null,
      inTimeRate: null,
    });
  });
});
