import { describe, expect, it } from "vitest";
import { parseSearchParams } from "./schemas";
import {
  orderNote,
  settlePage,
  exactCountLimit,
  roundEstimate,
  browsablePages,
  COUNT_CAP,
  EXACT_COUNT_LIMIT,
  MAX_BROWSE_ROWS,
  planRows,
  RELEVANCE_WINDOW,
  searchOrder,
  searchTotal,
  type RunSql,
} from "./search-plan";

const params = (qs: string) => parseSearchParams(new URLSearchParams(qs));
const plan = (rows: number) => [{ "QUERY PLAN": [{ Plan: { "Node Type": "Bitmap Heap Scan", "Plan Rows": rows } }] }];

/** A fake runner: answers the EXPLAIN with `estimate` and the count with `count`, and records what ran. */
function runner(estimate: number, count: number) {
  const ran: string[] = [];
  const run = (async (sql: { text: string }) => {
    if (sql.text.includes("reltuples")) return [{ n: 200_000 }];
    if (sql.text.startsWith("EXPLAIN")) {
      ran.push("estimate");
      return plan(estimate);
    }
    ran.push("count");
    return [{ total: count }];
  }) as unknown as RunSql;
  return { run, ran };
}

describe("searchTotal", () => {
  const now = new Date("2026-11-23T12:00:00Z");
  it("counts exactly when the estimate is small", async () => {
    const { run, ran } = runner(120, 97);
    expect(await searchTotal(run, params("q=detention"), now)).toEqual({ total: 97, exact: true });
    expect(ran).toEqual(["estimate", "count"]);
  });
  it("gives the estimate, without counting, above the limit", async () => {
    const { run, ran } = runner(EXACT_COUNT_LIMIT + 1, 0);
    expect(await searchTotal(run, params("q=detention"), now)).toEqual({ total: EXACT_COUNT_LIMIT + 1, exact: false });
    expect(ran).toEqual(["estimate"]);
  });
  it("an estimate far too low never yields a wrong exact total: the capped count says 'more'", async () => {
    const { run } = runner(10, COUNT_CAP + 1);
    expect(await searchTotal(run, params("q=detention"), now)).toEqual({ total: COUNT_CAP + 1, exact: false });
  });
});

describe("planRows", () => {
  it("reads the top node's estimate, as JSON or text", () => {
    expect(planRows(plan(39234))).toBe(39234);
    expect(planRows([{ "QUERY PLAN": JSON.stringify(plan(12)[0]!["QUERY PLAN"]) }])).toBe(12);
  });
  it("treats an unreadable plan as large (so nothing is counted)", () => {
    expect(planRows([])).toBe(Number.POSITIVE_INFINITY);
    expect(planRows([{ "QUERY PLAN": {} }])).toBe(Number.POSITIVE_INFINITY);
  });
});

describe("searchOrder", () => {
  const exact = (total: number) => ({ total, exact: true });
  it("is by date without words, whatever was asked", () => {
    expect(searchOrder(params("sort=relevance"), exact(10))).toEqual({ sort: "date", windowed: false });
  });
  it("defaults to relevance for a text query with few matches, to newest first with many", () => {
    expect(searchOrder(params("q=x"), exact(RELEVANCE_WINDOW))).toEqual({ sort: "relevance", windowed: false });
    expect(searchOrder(params("q=x"), exact(RELEVANCE_WINDOW + 1))).toEqual({ sort: "date", windowed: false });
    expect(searchOrder(params("q=x"), { total: 40_000, exact: false })).toEqual({ sort: "date", windowed: false });
  });
  it("keeps the estimate's order when paging to the end made a total exact", () => {
    // Estimated 250 (newest first); the last page found 240: the next visitor still gets newest first.
    expect(searchOrder(params("q=x"), { total: 240, exact: true, learnt: true })).toEqual({ sort: "date", windowed: false });
  });
  it("ranks the newest window when relevance is asked for a large result", () => {
    expect(searchOrder(params("q=x&sort=relevance"), { total: 40_000, exact: false })).toEqual({ sort: "relevance", windowed: true });
    expect(searchOrder(params("q=x&sort=relevance"), exact(50))).toEqual({ sort: "relevance", windowed: false });
    expect(searchOrder(params("q=x&sort=date"), exact(50))).toEqual({ sort: "date", windowed: false });
  });
});

describe("browsablePages", () => {
  it("stops at the browse limit, and at the relevance window when windowed", () => {
    expect(browsablePages({ total: 0, exact: true }, { sort: "date", windowed: false }, 25)).toBe(1);
    expect(browsablePages({ total: 51, exact: true }, { sort: "date", windowed: false }, 25)).toBe(3);
    expect(browsablePages({ total: 40_000, exact: false }, { sort: "date", windowed: false }, 25)).toBe(MAX_BROWSE_ROWS / 25);
    expect(browsablePages({ total: 40_000, exact: false }, { sort: "relevance", windowed: true }, 25)).toBe(RELEVANCE_WINDOW / 25);
  });
});

describe("roundEstimate", () => {
  it("keeps two significant digits", () => {
    expect(roundEstimate(39_234)).toBe(39_000);
    expect(roundEstimate(5_051)).toBe(5_100);
    expect(roundEstimate(987)).toBe(990);
    expect(roundEstimate(42)).toBe(42);
  });
});

describe("exactCountLimit", () => {
  it("is 2.5 % of the table, between 200 and 5,000", () => {
    expect(exactCountLimit(200_000)).toBe(EXACT_COUNT_LIMIT);
    expect(exactCountLimit(1_000_000)).toBe(EXACT_COUNT_LIMIT);
    expect(exactCountLimit(20_000)).toBe(500);
    expect(exactCountLimit(150)).toBe(200);
    expect(exactCountLimit(-1)).toBe(200); // never analysed
  });
});

describe("settlePage (one row fetched beyond the page)", () => {
  const byDate = { sort: "date", windowed: false } as const;
  const settle = (
    estimated: { total: number; exact: boolean },
    page: number,
    rowsFetched: number,
    order: { sort: "date" | "relevance"; windowed: boolean } = byDate,
  ) => settlePage({ estimated, order, page, pageSize: 25, rowsFetched });

  // Issue 13, item 4: "About 330 communications, page 1 of 14" while 368 were public.
  it("offers a next page while rows remain, even past an estimate that was too low", () => {
    const low = { total: 330, exact: false };
    expect(settle(low, 1, 26)).toEqual({ total: 330, exact: false, pages: 14, truncated: false });
    expect(settle(low, 14, 26)).toEqual({ total: 330, exact: false, pages: 15, truncated: false });
    // The last page: 368 = 14 × 25 + 18 rows, no lookahead row — the total is now exact.
    expect(settle(low, 15, 18)).toEqual({ total: 368, exact: true, pages: 15, truncated: false });
  });

  it("ends where the rows end when the estimate was too high", () => {
    const high = { total: 1_500, exact: false };
    expect(settle(high, 1, 0)).toEqual({ total: 0, exact: true, pages: 1, truncated: false });
    expect(settle(high, 1, 7)).toEqual({ total: 7, exact: true, pages: 1, truncated: false });
    expect(settle(high, 3, 4)).toEqual({ total: 54, exact: true, pages: 3, truncated: false });
    expect(settle(high, 3, 25)).toEqual({ total: 75, exact: true, pages: 3, truncated: false });
    // A page after the end (a link made from the estimate): no next page.
    expect(settle(high, 9, 0).pages).toBe(8);
    expect(settle({ total: 30, exact: true }, 9, 0).pages).toBe(2);
  });

  it("keeps an exact count, and stops at the browse limit or the relevance window", () => {
    expect(settle({ total: 51, exact: true }, 1, 26)).toEqual({ total: 51, exact: true, pages: 3, truncated: false });
    const many = { total: 40_000, exact: false };
    const last = MAX_BROWSE_ROWS / 25;
    expect(settle(many, last, 26)).toEqual({ total: 40_000, exact: false, pages: last, truncated: true });
    expect(settle({ total: 9_000, exact: false }, last - 1, 26).pages).toBe(last);
    const windowed = { sort: "relevance", windowed: true } as const;
    expect(settle(many, RELEVANCE_WINDOW / 25, 25, windowed)).toEqual({
      total: 40_000,
      exact: false,
      pages: RELEVANCE_WINDOW / 25,
      truncated: true,
    });
  });
});

describe("orderNote", () => {
  it("explains a default changed by size, or a ranking limited to the newest matches", () => {
    expect(orderNote(params("q=x"), { sort: "date", windowed: false })).toBe("largeResultByDate");
    expect(orderNote(params("q=x&sort=date"), { sort: "date", windowed: false })).toBeNull();
    expect(orderNote(params(""), { sort: "date", windowed: false })).toBeNull();
    expect(orderNote(params("q=x&sort=relevance"), { sort: "relevance", windowed: true })).toBe("windowedRelevance");
    expect(orderNote(params("q=x"), { sort: "relevance", windowed: false })).toBeNull();
  });
});

describe("cachedSearchTotal", () => {
  it("asks PostgreSQL once per filters for a minute, whatever the page or sort, and again after a change", async () => {
    const { cachedSearchTotal } = await import("./search-plan");
    const { markPublicDataChanged } = await import("../platform/public-data-generation");
    const { run, ran } = runner(12, 12);
    const now = new Date("2026-12-03T10:00:00Z");
    const first = await cachedSearchTotal(run, params("q=cache-me"), now);
    expect(first).toEqual({ total: 12, exact: true });
    expect(ran).toEqual(["estimate", "count"]);
    expect(await cachedSearchTotal(run, params("q=cache-me&page=2&sort=relevance"), now)).toEqual(first);
    expect(ran).toHaveLength(2);
    await cachedSearchTotal(run, params("q=cache-me&type=AL"), now);
    expect(ran).toHaveLength(4);
    markPublicDataChanged();
    await cachedSearchTotal(run, params("q=cache-me"), now);
    expect(ran).toHaveLength(6);
  });
});
