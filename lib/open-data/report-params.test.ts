import { describe, expect, it } from "vitest";
import { parseApiReportParams } from "./report-params";

const parse = (qs: string) => parseApiReportParams(new URLSearchParams(qs));
const refused = (qs: string) => {
  try {
    parse(qs);
    return null;
  } catch (err) {
    return Object.keys((err as { fieldErrors?: Record<string, unknown> }).fieldErrors ?? {}).sort();
  }
};

describe("parseApiReportParams (R19 in the open data)", () => {
  it("takes the filters, any case for the codes, and defaults the page", () => {
    expect(parse("mandate=torture&body=ga&session=81&year=2026&kind=country_visit&state=nor")).toEqual({
      mandate: "torture",
      body: "GA",
      session: 81,
      year: 2026,
      kind: "COUNTRY_VISIT",
      state: "NOR",
      page: 1,
      pageSize: 25,
    });
    expect(parse("page=3&pageSize=100&body=")).toEqual({ page: 3, pageSize: 100 });
  });

  it.each([
    ["body=UNGA", ["body"]],
    ["session=0", ["session"]],
    ["session=1e3", ["session"]],
    ["year=1800&kind=PRESS", ["kind", "year"]],
    ["mandate=Not%20a%20slug", ["mandate"]],
    ["state=NO", ["state"]],
    ["page=-1&pageSize=101", ["page", "pageSize"]],
  ])("refuses %s, naming %j", (qs, names) => expect(refused(qs)).toEqual(names));
});
