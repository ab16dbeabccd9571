import { describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));
const { createPasswordResetThrottle } = await import("./password-reset-throttle");
const { memoryLimiters } = await import("./sign-in-throttle");
const { UNKNOWN_ADDRESS } = await import("../core/client-address");

describe("the password-reset throttle", () => {
  it("refuses an address past its limit, whatever email it asks for", async () => {
    const t = createPasswordResetThrottle(memoryLimiters, { perAddress: 2, perEmail: 10 });
    expect(await t.consume("198.51.100.1", "a@x.example")).toEqual({ allowed: true, mail: true });
    expect(await t.consume("198.51.100.1", "b@x.example")).toEqual({ allowed: true, mail: true });
    expect(await t.consume("198.51.100.1", "c@x.example")).toMatchObject({ allowed: false });
    expect(await t.consume("198.51.100.2", "c@x.example")).toEqual({ allowed: true, mail: true });
  });

  it("stops mailing an email past its limit without saying so, from any address, any letter case", async () => {
    const t = createPasswordResetThrottle(memoryLimiters, { perAddress: 10, perEmail: 2 });
    expect(await t.consume("198.51.100.1", "owner@x.example")).toEqual({ allowed: true, mail: true });
    expect(await t.consume("198.51.100.2", "Owner@X.example")).toEqual({ allowed: true, mail: true });
    expect(await t.consume("198.51.100.3", "owner@x.example")).toEqual({ allowed: true, mail: false });
  });

  it("without a known address counts only per email", async () => {
    const t = createPasswordResetThrottle(memoryLimiters, { perAddress: 1, perEmail: 5 });
    for (let i = 0; i < 3; i++) expect(await t.consume(UNKNOWN_ADDRESS, `p${i}@x.example`)).toEqual({ allowed: true, mail: true });
  });
});
