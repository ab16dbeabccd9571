import { describe, expect, it } from "vitest";
import { cleanQueryText } from "./query-text";

describe("cleanQueryText", () => {
  it.each([
    ["torture", "torture"],
    ["  freedom of expression ", "freedom of expression"],
    ["a\tb\nc\r\nd", "a b c  d"],
    ["défenseurs des droits", "défenseurs des droits"],
    ["", ""],
  ])("keeps %j as %j", (raw, expected) => expect(cleanQueryText(raw)).toBe(expected));

  it.each(["\u0000", "a\u0000b", "\u001b[31m", "x\u007f", "\u0085", "\ud800", "a\udc00b"])("refuses %j", (raw) => {
    expect(cleanQueryText(raw)).toBeNull();
  });
});
