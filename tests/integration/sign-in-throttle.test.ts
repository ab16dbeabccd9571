import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type pg from "pg";
import { twoInstances } from "../support/integration";
import { createSignInThrottle, postgresLimiters, type SignInAttempt } from "@/lib/auth/sign-in-throttle";

// The throttle's counters live in PostgreSQL: two instances of the portal (two pools here) see the
// same failures, so splitting guesses across instances gains nothing.
let instances: Awaited<ReturnType<typeof twoInstances>>;
let poolA: pg.Pool;
let poolB: pg.Pool;

beforeAll(async () => {
  instances = await twoInstances("sp_throttle");
  ({ a: poolA, b: poolB } = instances);
});
afterAll(() => instances?.close());

const attempt = (address: string, deviceId: string | null = null): SignInAttempt => ({ email: "owner@mission.example", address, deviceId });

describe("the sign-in throttle on PostgreSQL", () => {
  it("counts failures made on two instances together", async () => {
    const a = createSignInThrottle(postgresLimiters(poolA));
    const b = createSignInThrottle(postgresLimiters(poolB));
    for (let i = 0; i < 4; i++) await (i % 2 ? a : b).recordFailure(attempt("203.0.113.5"));
    expect(await a.blockedFor(attempt("203.0.113.5"))).toBe(0);
    await b.recordFailure(attempt("203.0.113.5"));
    expect(await a.blockedFor(attempt("203.0.113.5"))).toBeGreaterThan(0);
    expect(await b.blockedFor(attempt("203.0.113.5"))).toBeGreaterThan(0);
    // Stored as rows of the migrated table, expiring with the window.
    const { rows } = await poolA.query<{ key: string; points: number; expire: string }>(
      "select key, points, expire from rate_limit_counters order by key",
    );
    expect(rows.map((r) => r.key)).toEqual(
      expect.arrayContaining(["signin-account-address:owner@mission.example|203.0.113.5", "signin-address:203.0.113.5"]),
    );
    expect(Number(rows[0]!.expire)).toBeGreaterThan(Date.now());
  });

  it("slows a guesser with many addresses on every instance, and keeps the owner's browser in", async () => {
    const a = createSignInThrottle(postgresLimiters(poolA));
    const b = createSignInThrottle(postgresLimiters(poolB));
    for (let i = 0; i < 22; i++) await (i % 2 ? a : b).recordFailure(attempt(`198.51.100.${i + 1}`));
    const wait = await a.blockedFor(attempt("192.0.2.1"));
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(60);
    expect(await b.blockedFor(attempt("192.0.2.2"))).toBeGreaterThan(0);
    expect(await b.blockedFor(attempt("192.0.2.1", "owners-laptop"))).toBe(0);
  });
});
