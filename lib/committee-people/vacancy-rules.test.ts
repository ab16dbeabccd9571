import { describe, expect, it } from "vitest";
import { appointingSession, computeVacancies, sessionAt, termEndOf, type TenureFacts } from "./vacancy-rules";

const d = (s: string) => new Date(`${s}T00:00:00Z`);
const NOW = new Date("2026-12-06T10:00:00Z");
const tenure = (id: string, mandateId: string, start: string, end: string | null = null): TenureFacts => ({
  id,
  mandateId,
  mandateHolderId: `holder-${id}`,
  startDate: d(start),
  endDate: end ? d(end) : null,
});

describe("termEndOf (six years at most)", () => {
  it.each([
    ["2020-08-01", null, "2026-07-31"],
    ["2024-02-29", null, "2030-02-28"],
    ["2021-11-01", "2024-10-31", "2024-10-31"],
  ])("a tenure begun %s ending %s serves until %s", (start, end, expected) => {
    expect(termEndOf({ startDate: d(start), endDate: end ? d(end) : null })).toEqual(d(expected));
  });
});

describe("the session that appoints the successor", () => {
  it("numbers three regular sessions a year from HRC 55 (March 2024)", () => {
    expect(sessionAt(2024, 0).number).toBe(55);
    expect(sessionAt(2026, 2)).toEqual({ number: 63, opens: d("2026-09-01") });
  });
  it.each([
    ["2027-07-31", 65],
    ["2027-06-01", 64],
    ["2027-06-02", 65],
    ["2027-02-14", 63],
    ["2027-12-31", 66],
  ])("a term ending %s is filled at HRC %i", (end, session) => {
    expect(appointingSession(d(end)).number).toBe(session);
  });
});

describe("computeVacancies", () => {
  it("finds upcoming and current vacancies, and none where a successor took over", () => {
    const vacancies = computeVacancies(
      [
        tenure("a", "m1", "2021-08-01"), // ends 2027-07-31: within 18 months → upcoming
        tenure("b", "m2", "2023-01-01"), // ends 2028-12-31: beyond the horizon
        tenure("c", "m3", "2019-01-01", "2024-12-31"), // ended, successor d → filled
        tenure("d", "m3", "2025-01-01"),
        tenure("e", "m4", "2020-05-01", "2026-04-30"), // ended, nobody since → current
        tenure("f", "m5", "2020-12-07"), // last day 2026-12-06, today: still served → upcoming
      ],
      NOW,
    );
    expect(vacancies.map((v) => [v.tenureId, v.status, v.expectedSession.number])).toEqual([
      ["e", "CURRENT", 61],
      ["f", "UPCOMING", 63],
      ["a", "UPCOMING", 65],
    ]);
  });

  it("counts a renewal or an early appointment as the successor, one successor per ending", () => {
    const vacancies = computeVacancies(
      [
        tenure("first", "wg", "2021-03-01", "2024-02-29"),
        tenure("renewed", "wg", "2024-03-01"), // the same seat renewed: fills "first"
        tenure("x", "wg", "2020-10-01", "2026-09-30"),
        tenure("y", "wg", "2020-11-01", "2026-10-31"),
        tenure("z", "wg", "2026-10-01"), // one successor for two endings: y stays vacant
      ],
      NOW,
    );
    expect(vacancies.map((v) => [v.tenureId, v.status])).toEqual([["y", "CURRENT"]]);
  });

  it("shows nothing for an empty list", () => {
    expect(computeVacancies([], NOW)).toEqual([]);
  });
});
