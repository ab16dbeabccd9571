import { describe, expect, it } from "vitest";
import { parseApiListParams, parseFeedParams, referenceFromPath, referenceToPath } from "./schemas";

describe("open-data parameters", () => {
  it("reads references URL-encoded, decoded or with dashes", () => {
    for (const s of ["AL%20USA%2012%2F2026", "AL USA 12/2026", "AL-USA-12-2026", "al-usa-12-2026"]) expect(referenceFromPath(s)).toBe("AL USA 12/2026");
    for (const s of ["XX-USA-1-2026", "AL-USA-1-26", "%E0%A4%A", "", "AL-USA-1-2026-1"]) expect(referenceFromPath(s)).toBeNull();
    expect(referenceToPath("UA OTH 3/2021")).toBe("UA-OTH-3-2021");
  });

  it("takes the search's filters plus a page size capped at 100", () => {
    const p = parseApiListParams(new URLSearchParams("type=AL,UA&page=3&pageSize=40&addressee=state:nor"));
    expect(p.pageSize).toBe(40);
    expect(p.search).toMatchObject({ type: ["AL", "UA"], page: 3, addressee: "state:NOR" });
    expect(parseApiListParams(new URLSearchParams("pageSize=1000")).pageSize).toBe(100);
    expect(parseApiListParams(new URLSearchParams("pageSize=0")).pageSize).toBe(25);
    expect(parseApiListParams(new URLSearchParams("")).pageSize).toBe(25);
  });

  it("maps the feed's state and mandate onto the search filters, dropping bad values", () => {
    expect(parseFeedParams(new URLSearchParams("state=nor&mandate=housing"))).toMatchObject({ addressee: "state:NOR", mandate: "housing" });
    expect(parseFeedParams(new URLSearchParams("state=NORWAY&mandate=DROP TABLE"))).toMatchObject({ addressee: undefined, mandate: undefined });
  });
});
