import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type pg from "pg";
import { twoInstances } from "../support/integration";
import { createAnonymousThrottle } from "@/lib/auth/anonymous-throttle";
import { postgresLimiters } from "@/lib/auth/sign-in-throttle";

// Forms from visitors without an account are counted in PostgreSQL: two instances of the portal (two
// pools here) share the counts per address and in total, so spreading a flood over instances gains nothing.
let instances: Awaited<ReturnType<typeof twoInstances>>;
let poolA: pg.Pool;
let poolB: pg.Pool;

beforeAll(async () => {
  instances = await twoInstances("sp_anon_throttle");
  ({ a: poolA, b: poolB } = instances);
});
afterAll(() => instances?.close());

describe("the anonymous-form throttle on PostgreSQL", () => {
  it("counts one address's forms across instances and stops it at its allowance", async () => {
    const a = createAnonymousThrottle(postgresLimiters(poolA), { perAddress: 3, total: 100 });
    const b = createAnonymousThrottle(postgresLimiters(poolB), { perAddress: 3, total: 100 });
    expect(await a.consume("198.51.100.20")).toEqual({ allowed: true });
    expect(await b.consume("198.51.100.20")).toEqual({ allowed: true });
    expect(await a.consume("198.51.100.20")).toEqual({ allowed: true });
    const refused = await b.consume("198.51.100.20");
    expect(refused).toMatchObject({ allowed: false, reason: "address" });
    expect(refused.allowed ? 0 : refused.retryAfterSeconds).toBeGreaterThan(3500); // the hour has just begun
    expect(await a.consume("198.51.100.21")).toEqual({ allowed: true });
    const { rows } = await poolA.query<{ key: string; points: number; expire: string }>(
      "select key, points, expire from rate_limit_counters where key like 'anonymous-%' order by key",
    );
    expect(rows).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ key: "anonymous-address:198.51.100.20", points: 4 }),
        expect.objectContaining({ key: "anonymous-total:all", points: 4 }),
      ]),
    );
    expect(Number(rows[0]!.expire)).toBeGreaterThan(Date.now());
  });

  it("stops every visitor once the total of the hour is spent on any instance", async () => {
    await poolA.query("delete from rate_limit_counters");
    const a = createAnonymousThrottle(postgresLimiters(poolA), { perAddress: 10, total: 4 });
    const b = createAnonymousThrottle(postgresLimiters(poolB), { perAddress: 10, total: 4 });
    for (let i = 0; i < 4; i++) expect((await (i % 2 ? a : b).consume(`203.0.113.${i}`)).allowed).toBe(true);
    expect(await a.consume("203.0.113.99")).toMatchObject({ allowed: false, reason: "total" });
    expect(await b.consume("203.0.113.0")).toMatchObject({ allowed: false, reason: "total" });
    // The refused forms were given back to their senders' own counts.
    const { rows } = await poolA.query<{ points: number }>(
      "select points from rate_limit_counters where key = 'anonymous-address:203.0.113.99'",
    );
    expect(rows[0]?.points ?? 0).toBe(0);
  });
});
