import { describe, expect, it } from "vitest";
import { AppError } from "../core/errors";
import { parseApiListParams, parseApiSearchParams, parseFeedParams, referenceFromPath, referenceToPath } from "./schemas";

function refused(fn: () => unknown): Record<string, string[]> {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe("INVALID_INPUT");
    return (err as AppError).fieldErrors ?? {};
  }
  throw new Error("expected INVALID_INPUT");
}

describe("open-data parameters", () => {
  it("reads references URL-encoded, decoded or with dashes", () => {
    for (const s of ["AL%20USA%2012%2F2026", "AL USA 12/2026", "AL-USA-12-2026", "al-usa-12-2026"])
      expect(referenceFromPath(s)).toBe("AL USA 12/2026");
    for (const s of ["XX-USA-1-2026", "AL-USA-1-26", "%E0%A4%A", "", "AL-USA-1-2026-1"]) expect(referenceFromPath(s)).toBeNull();
    expect(referenceToPath("UA OTH 3/2021")).toBe("UA-OTH-3-2021");
  });

  it("takes the search's filters plus a page size of at most 100", () => {
    const p = parseApiListParams(new URLSearchParams("type=AL,UA&page=3&pageSize=40&addressee=state:nor"));
    expect(p.pageSize).toBe(40);
    expect(p.search).toMatchObject({ type: ["AL", "UA"], page: 3, addressee: "state:NOR" });
    expect(parseApiListParams(new URLSearchParams("")).pageSize).toBe(25);
    expect(parseApiListParams(new URLSearchParams("pageSize=100")).pageSize).toBe(100);
  });

  it("refuses malformed values by name instead of replacing them with defaults", () => {
    expect(Object.keys(refused(() => parseApiListParams(new URLSearchParams("pageSize=1000"))))).toEqual(["pageSize"]);
    expect(Object.keys(refused(() => parseApiListParams(new URLSearchParams("pageSize=0"))))).toEqual(["pageSize"]);
    expect(Object.keys(refused(() => parseApiListParams(new URLSearchParams("pageSize=abc"))))).toEqual(["pageSize"]);
    const errors = refused(() =>
      parseApiListParams(new URLSearchParams("page=-1&pageSize=abc&type=XX&from=2026-13-45&addressee=XXX&q=%00")),
    );
    expect(Object.keys(errors).sort()).toEqual(["addressee", "from", "page", "pageSize", "q", "type"]);
    expect(errors.q).toEqual(["contains control characters"]);
    expect(Object.keys(refused(() => parseApiSearchParams(new URLSearchParams(`q=${"x".repeat(501)}`))))).toEqual(["q"]);
  });

  it("maps the feed's state and mandate onto the search filters, refusing bad values", () => {
    expect(parseFeedParams(new URLSearchParams("state=nor&mandate=housing"))).toMatchObject({ addressee: "state:NOR", mandate: "housing" });
    expect(Object.keys(refused(() => parseFeedParams(new URLSearchParams("state=NORWAY&mandate=DROP TABLE")))).sort()).toEqual([
      "mandate",
      "state",
    ]);
  });
});
