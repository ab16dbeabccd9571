import { describe, expect, it } from "vitest";
import { anyOf } from "./any-of";

describe("anyOf", () => {
  it("is OR of the filters", () => {
    expect(anyOf([{ a: 1 }, { b: 2 }])).toEqual({ OR: [{ a: 1 }, { b: 2 }] });
    expect(anyOf<object>([])).toEqual({ OR: [] });
  });
  it("is everything when one filter is everything", () => {
    expect(anyOf<object>([{ a: 1 }, {}])).toEqual({});
  });
});
