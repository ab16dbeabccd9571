import { describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));
const { createConfirmationMailThrottle } = await import("./confirmation-mail-throttle");
const { memoryLimiters } = await import("./sign-in-throttle");

describe("the confirmation-mail throttle", () => {
  it("stops mailing one address past its share, in any letter case, leaving other addresses alone", async () => {
    const t = createConfirmationMailThrottle(memoryLimiters, 2);
    expect(await t.mayMail("ngo@x.example")).toBe(true);
    expect(await t.mayMail("NGO@X.example ")).toBe(true);
    expect(await t.mayMail("ngo@x.example")).toBe(false);
    expect(await t.mayMail("other@x.example")).toBe(true);
  });
});
