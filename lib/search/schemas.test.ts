import { describe, expect, it } from "vitest";
import { checkSearchParams, parseSearchParams, searchParamsToQuery } from "./schemas";

const check = (qs: string) => checkSearchParams(new URLSearchParams(qs));

describe("search parameters", () => {
  it("read every filter from a query string", () => {
    const p = parseSearchParams(
      new URLSearchParams(
        "q=torture&addressee=state:nor&actorName=Acme&mandate=torture&type=AL&type=ua&year=2024&from=2024-01-01&to=2024-06-30&reply=overdue&theme=reprisals&joint=joint&sort=date&page=3",
      ),
    );
    expect(p).toEqual({
      q: "torture",
      addressee: "state:NOR",
      actorName: "Acme",
      mandate: "torture",
      type: ["AL", "UA"],
      year: 2024,
      from: "2024-01-01",
      to: "2024-06-30",
      reply: "overdue",
      theme: "reprisals",
      joint: "joint",
      sort: "date",
      page: 3,
    });
    expect(check("q=torture&addressee=state:nor&type=AL&page=3").issues).toEqual({});
  });

  it("treat empty values (a form's blank fields) as no filter, not as errors", () => {
    expect(check("q=&addressee=&actorName=&mandate=&year=&from=&to=&reply=&theme=&joint=&sort=&page=&type=")).toEqual({
      params: { type: [], page: 1 },
      issues: {},
    });
    expect(check("q=%20%20").issues).toEqual({});
  });

  it("accept Next.js searchParams and comma-separated types", () => {
    const { params, issues } = checkSearchParams({ type: ["OL,AL", "ua"], addressee: "actor:0f8fad5b-d9cb-469f-a165-70867728950e" });
    expect(issues).toEqual({});
    expect(params.type).toEqual(["AL", "UA", "OL"]);
  });

  // Issue 13, item 3: each of these was silently replaced by a default and answered 200.
  it.each([
    ["page=-1", "page", "invalid"],
    ["page=0", "page", "invalid"],
    ["page=abc", "page", "invalid"],
    ["page=1e3", "page", "invalid"],
    ["page=100001", "page", "invalid"],
    ["page=2.5", "page", "invalid"],
    ["type=XX", "type", "invalid"],
    ["type=AL,XX", "type", "invalid"],
    ["from=2026-13-45", "from", "invalid"],
    ["to=2024-02-30", "to", "invalid"],
    ["from=yesterday", "from", "invalid"],
    ["addressee=XXX", "addressee", "invalid"],
    ["addressee=state:NORWAY", "addressee", "invalid"],
    ["addressee=actor:not-a-uuid", "addressee", "invalid"],
    ["year=abc", "year", "invalid"],
    ["year=1800", "year", "invalid"],
    ["reply=maybe", "reply", "invalid"],
    ["joint=both", "joint", "invalid"],
    ["sort=random", "sort", "invalid"],
    ["mandate=DROP TABLE", "mandate", "invalid"],
    ["theme=../etc", "theme", "invalid"],
    ["q=%00", "q", "controlCharacters"],
    ["q=a%1Bb", "q", "controlCharacters"],
    ["actorName=%00", "actorName", "controlCharacters"],
    [`q=${"a".repeat(201)}`, "q", "tooLong"],
    [`q=${"a".repeat(501)}`, "q", "tooLong"],
    [`actorName=${"b".repeat(101)}`, "actorName", "tooLong"],
  ])("%s is refused by name", (qs, name, issue) => {
    const { params, issues } = check(qs);
    expect(issues).toEqual({ [name]: issue });
    expect(params).toEqual({ type: [], page: 1 });
  });

  it("keep the other filters when one is refused, and name every refused one", () => {
    const { params, issues } = check("q=torture&type=XX&page=-1&addressee=state:nor");
    expect(issues).toEqual({ type: "invalid", page: "invalid" });
    expect(params).toEqual({ q: "torture", addressee: "state:NOR", type: [], page: 1 });
  });

  it("turn tabs and line breaks in text into spaces", () => {
    expect(check("q=freedom%09of%0Aexpression").params.q).toBe("freedom of expression");
  });

  it("round-trip through the query used by pagination links", () => {
    const p = parseSearchParams(new URLSearchParams("q=a b&type=AL&type=OL&page=2"));
    const again = parseSearchParams(new URLSearchParams(searchParamsToQuery(p)));
    expect(again).toEqual({ ...p, page: 1 });
    expect(searchParamsToQuery(p)).toEqual({ q: "a b", type: "AL,OL" });
  });
});
