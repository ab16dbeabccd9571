import { describe, expect, it } from "vitest";
import { createSignInThrottle, delayAfter, memoryLimiters, type SignInAttempt } from "./sign-in-throttle";

const from = (address: string, deviceId: string | null = null, email = "owner@mission.example"): SignInAttempt => ({
  email,
  address,
  deviceId,
});

describe("sign-in throttle", () => {
  it("stops a guesser at one address after the allowed failures, not the same account elsewhere", async () => {
    const t = createSignInThrottle(memoryLimiters, { accountAddress: 3 });
    for (let i = 0; i < 3; i++) {
      expect(await t.blockedFor(from("1.1.1.1"))).toBe(0);
      await t.recordFailure({ ...from("1.1.1.1"), email: " Owner@Mission.example " });
    }
    expect(await t.blockedFor(from("1.1.1.1"))).toBeGreaterThan(0);
    expect(await t.blockedFor(from("2.2.2.2"))).toBe(0);
    expect(await t.blockedFor(from("1.1.1.1", null, "other@mission.example"))).toBe(0);
  });

  it("a success clears the counter of its account and address", async () => {
    const t = createSignInThrottle(memoryLimiters, { accountAddress: 3 });
    await t.recordFailure(from("1.1.1.1"));
    await t.recordFailure(from("1.1.1.1"));
    await t.recordSuccess(from("1.1.1.1"));
    await t.recordFailure(from("1.1.1.1"));
    await t.recordFailure(from("1.1.1.1"));
    expect(await t.blockedFor(from("1.1.1.1"))).toBe(0);
  });

  it("slows a guesser with many addresses down to one try a minute, never locking the owner out", async () => {
    const t = createSignInThrottle(memoryLimiters, { accountAddress: 5, accountAnywhere: 20, maxDelaySeconds: 60 });
    for (let i = 0; i < 25; i++) await t.recordFailure(from(`203.0.113.${i}`));
    const wait = await t.blockedFor(from("198.51.100.9")); // an unknown browser, anywhere
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(60);
    // The owner's own browser is not even slowed down.
    expect(await t.blockedFor(from("198.51.100.9", "owners-laptop"))).toBe(0);
    expect(await t.blockedFor(from("203.0.113.1", "owners-laptop"))).toBe(0);
  });

  it("lets anyone try again once the delay has passed", async () => {
    const t = createSignInThrottle(memoryLimiters, { accountAnywhere: 2, maxDelaySeconds: 1 });
    for (let i = 0; i < 4; i++) await t.recordFailure(from(`203.0.113.${i}`));
    expect(await t.blockedFor(from("198.51.100.9"))).toBe(1);
    await new Promise((r) => setTimeout(r, 1_100));
    expect(await t.blockedFor(from("198.51.100.9"))).toBe(0);
  });

  it.each([
    [1, 0],
    [19, 0],
    [20, 1],
    [21, 2],
    [22, 4],
    [25, 32],
    [26, 60],
    [500, 60],
  ])("after %i failures from unknown browsers, waits %i s", (n, seconds) => {
    expect(delayAfter(n)).toBe(seconds);
  });

  it("a device cookie buys only a few tries of its own, and another account's cookie buys none", async () => {
    const t = createSignInThrottle(memoryLimiters, { device: 3 });
    for (let i = 0; i < 3; i++) await t.recordFailure(from("1.1.1.1", "stolen-cookie"));
    expect(await t.blockedFor(from("1.1.1.1", "stolen-cookie"))).toBeGreaterThan(0);
    expect(await t.blockedFor(from("1.1.1.1", "owners-laptop"))).toBe(0);
    // Failures with a device cookie do not count against browsers without one.
    expect(await t.blockedFor(from("1.1.1.1"))).toBe(0);
  });

  it("stops an address that fails for many accounts, device cookie or not", async () => {
    const t = createSignInThrottle(memoryLimiters, { address: 4 });
    for (const email of ["a@x", "b@x", "c@x", "d@x"]) await t.recordFailure({ email, address: "9.9.9.9", deviceId: null });
    expect(await t.blockedFor({ email: "e@x", address: "9.9.9.9", deviceId: null })).toBeGreaterThan(0);
    expect(await t.blockedFor({ email: "e@x", address: "9.9.9.9", deviceId: "d" })).toBeGreaterThan(0);
    expect(await t.blockedFor({ email: "e@x", address: "8.8.8.8", deviceId: null })).toBe(0);
  });

  it("never lets an unknown address share one counter for everybody", async () => {
    const t = createSignInThrottle(memoryLimiters, { address: 2 });
    for (const email of ["a@x", "b@x", "c@x"]) await t.recordFailure({ email, address: "unknown", deviceId: null });
    expect(await t.blockedFor({ email: "d@x", address: "unknown", deviceId: null })).toBe(0);
  });

  it("says how long to wait", async () => {
    const t = createSignInThrottle(memoryLimiters, { accountAddress: 1, windowSeconds: 600 });
    await t.recordFailure(from("1.1.1.1"));
    const wait = await t.blockedFor(from("1.1.1.1"));
    expect(wait).toBeGreaterThan(590);
    expect(wait).toBeLessThanOrEqual(600);
  });
});
