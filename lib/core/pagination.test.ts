import { describe, expect, it } from "vitest";
import { LOG_PAGE_SIZE, loadPage, PAGE_SIZE, pageCount, pageWindow } from "./pagination";

describe("pageWindow", () => {
  it("starts page 1 at the first row and takes one page", () => {
    expect(pageWindow(1)).toEqual({ skip: 0, take: PAGE_SIZE });
  });
  it("skips the pages before", () => {
    expect(pageWindow(3)).toEqual({ skip: 2 * PAGE_SIZE, take: PAGE_SIZE });
    expect(pageWindow(2, LOG_PAGE_SIZE)).toEqual({ skip: LOG_PAGE_SIZE, take: LOG_PAGE_SIZE });
    expect(pageWindow(4, 10)).toEqual({ skip: 30, take: 10 });
  });
});

describe("pageCount", () => {
  it("is 1 for an empty list, and for less than a page", () => {
    expect(pageCount(0)).toBe(1);
    expect(pageCount(1)).toBe(1);
    expect(pageCount(PAGE_SIZE - 1)).toBe(1);
  });
  it("counts an exact multiple without an empty last page", () => {
    expect(pageCount(PAGE_SIZE)).toBe(1);
    expect(pageCount(3 * PAGE_SIZE)).toBe(3);
    expect(pageCount(100, 50)).toBe(2);
  });
  it("counts one row more as one page more", () => {
    expect(pageCount(PAGE_SIZE + 1)).toBe(2);
    expect(pageCount(101, 50)).toBe(3);
  });
});

describe("loadPage", () => {
  it("passes the page's window to rows and returns the count, the pages and the rows", async () => {
    const windows: { skip: number; take: number }[] = [];
    const result = await loadPage({
      page: 3,
      size: 10,
      count: async () => 42,
      rows: async (w) => {
        windows.push(w);
        return ["a", "b"];
      },
    });
    expect(windows).toEqual([{ skip: 20, take: 10 }]);
    expect(result).toEqual({ total: 42, pages: 5, rows: ["a", "b"] });
  });

  it("uses PAGE_SIZE by default, and an empty list still has one page", async () => {
    let seen: { skip: number; take: number } | undefined;
    const result = await loadPage({
      page: 2,
      count: async () => 0,
      rows: async (w) => {
        seen = w;
        return [] as number[];
      },
    });
    expect(seen).toEqual({ skip: PAGE_SIZE, take: PAGE_SIZE });
    expect(result).toEqual({ total: 0, pages: 1, rows: [] });
  });

  it("runs the count and the rows together", async () => {
    const started: string[] = [];
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const pending = loadPage({
      page: 1,
      count: async () => {
        started.push("count");
        await gate;
        return 1;
      },
      rows: async () => {
        started.push("rows");
        await gate;
        return ["x"];
      },
    });
    // Both started before either finished.
    expect(started).toEqual(["count", "rows"]);
    release();
    expect(await pending).toEqual({ total: 1, pages: 1, rows: ["x"] });
  });
});
