import { describe, expect, it } from "vitest";
import { parseStateFilters, stateFiltersQuery } from "./state-filters";

describe("the filters of /states (R20)", () => {
  it.each([
    [{}, { neverVisited: false, noStandingInvitation: false, nonCooperation: false }],
    [{ neverVisited: "1" }, { neverVisited: true, noStandingInvitation: false, nonCooperation: false }],
    [
      { neverVisited: "on", nonCooperation: "1" },
      { neverVisited: true, noStandingInvitation: false, nonCooperation: true },
    ],
    // odd values are off, never an error; a repeated parameter takes its first value
    [
      { neverVisited: "yes", noStandingInvitation: ["1", "0"], nonCooperation: "" },
      { neverVisited: false, noStandingInvitation: true, nonCooperation: false },
    ],
  ])("%j", (query, expected) => expect(parseStateFilters(query)).toEqual(expected));

  it("writes back only the filters that are on", () => {
    expect(stateFiltersQuery({ neverVisited: false, noStandingInvitation: false, nonCooperation: false })).toBe("");
    expect(stateFiltersQuery({ neverVisited: true, noStandingInvitation: false, nonCooperation: true })).toBe(
      "?neverVisited=1&nonCooperation=1",
    );
  });
});
