import { describe, expect, it } from "vitest";
import { caughtByHoneypot, HONEYPOT_FIELD } from "./honeypot";

describe("caughtByHoneypot", () => {
  it.each([
    [{}, false],
    [{ [HONEYPOT_FIELD]: "" }, false],
    [{ [HONEYPOT_FIELD]: "   " }, false],
    [{ [HONEYPOT_FIELD]: "+41 22 917 90 00" }, true],
    [{ [HONEYPOT_FIELD]: ["", "x"] }, true],
    [{ [HONEYPOT_FIELD]: ["", " "] }, false],
    [{ other: "filled" }, false],
  ])("%j → %s", (values, caught) => {
    expect(caughtByHoneypot(values)).toBe(caught);
  });
});
