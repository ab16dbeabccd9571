import { describe, expect, it } from "vitest";
import { clientAddress, createSignInThrottle } from "./sign-in-throttle";

describe("sign-in throttle", () => {
  it("blocks an account from an address after the allowed failures, not the same account elsewhere", async () => {
    const t = createSignInThrottle({ accountFailures: 3, addressFailures: 100 });
    for (let i = 0; i < 3; i++) {
      expect(await t.blockedFor("a@x.org", "1.1.1.1")).toBe(0);
      await t.recordFailure("A@x.org ", "1.1.1.1");
    }
    expect(await t.blockedFor("a@x.org", "1.1.1.1")).toBeGreaterThan(0);
    expect(await t.blockedFor("a@x.org", "2.2.2.2")).toBe(0);
    expect(await t.blockedFor("b@x.org", "1.1.1.1")).toBe(0);
  });
  it("a success clears the account's counter", async () => {
    const t = createSignInThrottle({ accountFailures: 3 });
    await t.recordFailure("a@x.org", "1.1.1.1");
    await t.recordFailure("a@x.org", "1.1.1.1");
    await t.recordSuccess("a@x.org", "1.1.1.1");
    await t.recordFailure("a@x.org", "1.1.1.1");
    await t.recordFailure("a@x.org", "1.1.1.1");
    expect(await t.blockedFor("a@x.org", "1.1.1.1")).toBe(0);
  });
  it("blocks an address that fails for many accounts", async () => {
    const t = createSignInThrottle({ accountFailures: 5, addressFailures: 4 });
    for (const email of ["a@x", "b@x", "c@x", "d@x"]) await t.recordFailure(email, "9.9.9.9");
    expect(await t.blockedFor("e@x", "9.9.9.9")).toBeGreaterThan(0);
    expect(await t.blockedFor("e@x", "8.8.8.8")).toBe(0);
  });
  it("caps an account's failures from any address (forged addresses do not help)", async () => {
    const t = createSignInThrottle({ accountFailures: 5, anywhereFailures: 3 });
    for (const ip of ["1.0.0.1", "1.0.0.2", "1.0.0.3"]) await t.recordFailure("a@x", ip);
    expect(await t.blockedFor("a@x", "1.0.0.4")).toBeGreaterThan(0);
  });
  it("never lets an unknown address share one counter for everybody", async () => {
    const t = createSignInThrottle({ accountFailures: 5, addressFailures: 2 });
    for (const email of ["a@x", "b@x", "c@x"]) await t.recordFailure(email, "unknown");
    expect(await t.blockedFor("d@x", "unknown")).toBe(0);
  });
  it("reads the first forwarded address", () => {
    expect(clientAddress({ "x-forwarded-for": "203.0.113.7, 10.0.0.1" })).toBe("203.0.113.7");
    expect(clientAddress({ "x-real-ip": "198.51.100.2" })).toBe("198.51.100.2");
    expect(clientAddress({})).toBe("unknown");
    expect(clientAddress(undefined)).toBe("unknown");
  });
});
