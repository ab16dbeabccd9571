import { describe, expect, it } from "vitest";
import { parseSearchParams } from "./schemas";
import { orderNote, settleTotal, exactCountLimit, roundEstimate, browsablePages, COUNT_CAP, EXACT_COUNT_LIMIT, MAX_BROWSE_ROWS, planRows, RELEVANCE_WINDOW, searchOrder, searchTotal, type RunSql } from "./search-plan";

const params = (qs: string) => parseSearchParams(new URLSearchParams(qs));
const plan = (rows: number) => [{ "QUERY PLAN": [{ Plan: { "Node Type": "Bitmap Heap Scan", "Plan Rows": rows } }] }];

/** A fake runner: answers the EXPLAIN with `estimate` and the count with `count`, and records what ran. */
function runner(estimate: number, count: number) {
  const ran: string[] = [];
  const run = (async (sql: { text: string }) => {
    if (sql.text.includes("reltuples")) return [{ n: 200_000 }];
    if (sql.text.startsWith("EXPLAIN")) { ran.push("estimate"); return plan(estimate); }
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

describe("settleTotal", () => {
  const estimate = { total: 1_500, exact: false };
  it("an estimate above a short first page becomes the exact count", () => {
    expect(settleTotal(estimate, 1, 25, 0)).toEqual({ total: 0, exact: true });
    expect(settleTotal(estimate, 1, 25, 7)).toEqual({ total: 7, exact: true });
    expect(settleTotal(estimate, 3, 25, 4)).toEqual({ total: 54, exact: true });
  });
  it("a full page, an empty later page or an exact total change nothing", () => {
    expect(settleTotal(estimate, 1, 25, 25)).toBe(estimate);
    expect(settleTotal(estimate, 9, 25, 0)).toBe(estimate);
    const exact = { total: 3, exact: true };
    expect(settleTotal(exact, 1, 25, 3)).toBe(exact);
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
    const { markPublicDataChanged } = await import("../public-cache/generation");
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
