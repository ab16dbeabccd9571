import { describe, expect, it } from "vitest";
import { parseSearchParams, searchParamsToQuery } from "./schemas";

describe("search parameters", () => {
  it("read every filter from a query string", () => {
    const p = parseSearchParams(new URLSearchParams("q=torture&addressee=state:nor&actorName=Acme&mandate=torture&type=AL&type=ua&year=2024&from=2024-01-01&to=2024-06-30&reply=overdue&theme=reprisals&joint=joint&sort=date&page=3"));
    expect(p).toEqual({
      q: "torture", addressee: "state:NOR", actorName: "Acme", mandate: "torture", type: ["AL", "UA"], year: 2024,
      from: "2024-01-01", to: "2024-06-30", reply: "overdue", theme: "reprisals", joint: "joint", sort: "date", page: 3,
    });
  });
  it("accept Next.js searchParams and comma-separated types, and drop what is malformed", () => {
    const p = parseSearchParams({ type: ["OL,AL", "XX"], addressee: "actor:not-a-uuid", from: "2024-02-30", year: "", q: "  " });
    expect(p.type).toEqual(["AL", "OL"]);
    expect([p.addressee, p.from, p.year, p.q]).toEqual([undefined, undefined, undefined, undefined]);
    expect(p.page).toBe(1);
  });
  it("round-trip through the query used by pagination links", () => {
    const p = parseSearchParams(new URLSearchParams("q=a b&type=AL&type=OL&page=2"));
    const again = parseSearchParams(new URLSearchParams(searchParamsToQuery(p)));
    expect(again).toEqual({ ...p, page: 1 });
    expect(searchParamsToQuery(p)).toEqual({ q: "a b", type: "AL,OL" });
  });
});
