import { describe, expect, it } from "vitest";
import { anonymousLimitsFromEnv, ANONYMOUS_LIMITS, createAnonymousThrottle } from "./anonymous-throttle";
import { memoryLimiters, type LimiterFactory } from "./sign-in-throttle";
import { UNKNOWN_ADDRESS } from "../core/client-address";

describe("anonymous throttle", () => {
  it("stops one address after its allowance, and tells how long to wait (at most the hour)", async () => {
    const t = createAnonymousThrottle(memoryLimiters, { perAddress: 3, total: 100 });
    for (let i = 0; i < 3; i++) expect(await t.consume("198.51.100.7")).toEqual({ allowed: true });
    const refused = await t.consume("198.51.100.7");
    expect(refused).toMatchObject({ allowed: false, reason: "address" });
    expect(refused.allowed ? 0 : refused.retryAfterSeconds).toBeGreaterThan(0);
    expect(refused.allowed ? Infinity : refused.retryAfterSeconds).toBeLessThanOrEqual(3600);
    // Another visitor is not held back by the first one.
    expect(await t.consume("198.51.100.8")).toEqual({ allowed: true });
  });

  it("stops everyone once the total for the hour is spent, without using up a sender's own allowance", async () => {
    // The per-address counters outlive the throttle (as rows in PostgreSQL do); the total starts anew.
    const addressCounters = new Map<string, ReturnType<LimiterFactory>>();
    const limiters: LimiterFactory = (o) =>
      o.keyPrefix === "anonymous-address"
        ? (addressCounters.get(o.keyPrefix) ?? addressCounters.set(o.keyPrefix, memoryLimiters(o)).get(o.keyPrefix)!)
        : memoryLimiters(o);
    const t = createAnonymousThrottle(limiters, { perAddress: 1, total: 3 });
    for (const a of ["203.0.113.1", "203.0.113.2", "203.0.113.3"]) expect((await t.consume(a)).allowed).toBe(true);
    expect(await t.consume("203.0.113.4")).toMatchObject({ allowed: false, reason: "total" });
    // 203.0.113.4's refused form did not count against its own allowance of one.
    const nextHour = createAnonymousThrottle(limiters, { perAddress: 1, total: 3 });
    expect(await nextHour.consume("203.0.113.4")).toEqual({ allowed: true });
    expect(await nextHour.consume("203.0.113.1")).toMatchObject({ allowed: false, reason: "address" });
  });

  it("counts each kind of anonymous request apart: a spent allowance for one leaves the other", async () => {
    // One counter per key prefix, as the rows of rate_limit_counters are.
    const counters = new Map<string, ReturnType<LimiterFactory>>();
    const limiters: LimiterFactory = (o) => counters.get(o.keyPrefix!) ?? counters.set(o.keyPrefix!, memoryLimiters(o)).get(o.keyPrefix!)!;
    const forms = createAnonymousThrottle(limiters, { perAddress: 1, total: 10 });
    const sameForms = createAnonymousThrottle(limiters, { perAddress: 1, total: 10 });
    const passkeys = createAnonymousThrottle(limiters, { perAddress: 1, total: 10 }, "passkey-options");
    expect(await forms.consume("198.51.100.9")).toEqual({ allowed: true });
    expect(await forms.consume("198.51.100.9")).toMatchObject({ allowed: false, reason: "address" });
    expect(await sameForms.consume("198.51.100.9")).toMatchObject({ allowed: false, reason: "address" });
    expect(await passkeys.consume("198.51.100.9")).toEqual({ allowed: true });
  });

  it("counts visitors of unknown address in the total only", async () => {
    const t = createAnonymousThrottle(memoryLimiters, { perAddress: 1, total: 3 });
    for (let i = 0; i < 3; i++) expect((await t.consume(UNKNOWN_ADDRESS)).allowed).toBe(true);
    expect(await t.consume(UNKNOWN_ADDRESS)).toMatchObject({ allowed: false, reason: "total" });
  });

  it("reads its limits from the environment, keeping the defaults for anything that is not a whole number from 1", () => {
    expect(anonymousLimitsFromEnv({})).toEqual(ANONYMOUS_LIMITS);
    expect(anonymousLimitsFromEnv({ SP_ANONYMOUS_PER_ADDRESS: "3", SP_ANONYMOUS_PER_HOUR: "50" })).toMatchObject({
      perAddress: 3,
      total: 50,
    });
    for (const bad of ["0", "-1", "2.5", "abc", "", " ", "1e9"]) {
      expect(anonymousLimitsFromEnv({ SP_ANONYMOUS_PER_ADDRESS: bad, SP_ANONYMOUS_PER_HOUR: bad })).toEqual(ANONYMOUS_LIMITS);
    }
  });
});
