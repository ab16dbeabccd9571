import "server-only";
import type { Pool } from "pg";
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { dbPool } from "../db/client";
import { UNKNOWN_ADDRESS } from "../core/client-address";

// Slows down password guessing without handing anyone a way to lock the owner out. Counters of FAILED
// sign-ins (rate-limiter-flexible), kept in PostgreSQL so that every instance of the portal shares them:
// - from a browser that signed in to the account before (a device cookie, ./device-cookie.ts): per
//   account and device — a stolen cookie buys a few tries, and nobody else's failures count;
// - from any other browser: per account and address (a guesser there is stopped after a handful), and
//   per account from anywhere — which never locks: past a threshold each failure imposes a growing
//   delay (1 s, 2 s, 4 s… at most a minute) before the next try, so a guesser with many addresses gets
//   about one try a minute while the owner, even on a new browser, waits at most that minute;
// - per address, whatever the account (generous: a whole Permanent Mission may sit behind one).
// The address is the one the server worked out (lib/core/client-address.ts), never a header the
// client wrote. A success clears the counters of its account and address or device.

export type Limits = {
  accountAddress: number;
  accountAnywhere: number;
  device: number;
  address: number;
  windowSeconds: number;
  maxDelaySeconds: number;
};

export const LIMITS: Readonly<Limits> = {
  accountAddress: 5,
  /** Failures from unknown browsers after which each further one imposes a delay. */
  accountAnywhere: 20,
  device: 10,
  address: 100,
  windowSeconds: 15 * 60,
  maxDelaySeconds: 60,
};

/** The pause imposed after the n-th failure on an account from unknown browsers (n counts from 1). */
export function delayAfter(n: number, limits: Pick<Limits, "accountAnywhere" | "maxDelaySeconds"> = LIMITS): number {
  return n < limits.accountAnywhere ? 0 : Math.min(limits.maxDelaySeconds, 2 ** (n - limits.accountAnywhere));
}

export type SignInAttempt = {
  email: string;
  address: string;
  /** The device id of a valid device cookie for this account, or null. */
  deviceId: string | null;
};

export type SignInThrottle = {
  /** Seconds to wait when blocked, else 0. */
  blockedFor(attempt: SignInAttempt): Promise<number>;
  recordFailure(attempt: SignInAttempt): Promise<void>;
  recordSuccess(attempt: SignInAttempt): Promise<void>;
};

type LimiterOptions = { keyPrefix: string; points: number; duration: number; blockDuration: number };
export type LimiterFactory = (opts: LimiterOptions) => RateLimiterAbstract;

/** Counters in process memory: for unit tests only. */
export const memoryLimiters: LimiterFactory = (opts) => new RateLimiterMemory(opts);

/** Counters in the rate_limit_counters table (migration 20261205165553_sign_in_throttle). */
export const postgresLimiters =
  (pool: Pool): LimiterFactory =>
  (opts) =>
    new RateLimiterPostgres({
      ...opts,
      storeClient: pool,
      tableName: "rate_limit_counters",
      tableCreated: true,
      clearExpiredByTimeout: false,
    });

/**
 * Counts one point for `key`: null while points remain, else the limiter's answer (when the next
 * point comes back). rate-limiter-flexible rejects with that answer; anything else is a failure.
 */
export async function consumeOrSpent(limiter: RateLimiterAbstract, key: string): Promise<RateLimiterRes | null> {
  try {
    await limiter.consume(key);
    return null;
  } catch (e) {
    if (e instanceof RateLimiterRes) return e;
    throw e;
  }
}

export function createSignInThrottle(limiters: LimiterFactory, limits: Partial<Limits> = {}): SignInThrottle {
  const l = { ...LIMITS, ...limits };
  const make = (keyPrefix: string, points: number) =>
    limiters({ keyPrefix, points, duration: l.windowSeconds, blockDuration: l.windowSeconds });
  const counters = {
    accountAddress: make("signin-account-address", l.accountAddress),
    // Only counts (never blocks by itself): the delays below grow with it.
    accountAnywhere: make("signin-account", Number.MAX_SAFE_INTEGER),
    accountDelay: limiters({ keyPrefix: "signin-account-delay", points: 1, duration: l.maxDelaySeconds, blockDuration: l.maxDelaySeconds }),
    device: make("signin-device", l.device),
    address: make("signin-address", l.address),
  };
  const account = (a: SignInAttempt) => a.email.trim().toLowerCase();
  // The counters that can block an attempt, with its key in each.
  const blockersOf = (a: SignInAttempt): [RateLimiterAbstract, string][] => [
    ...(a.deviceId
      ? [[counters.device, `${account(a)}|${a.deviceId}`] as [RateLimiterAbstract, string]]
      : [
          [counters.accountAddress, `${account(a)}|${a.address}`] as [RateLimiterAbstract, string],
          [counters.accountDelay, account(a)] as [RateLimiterAbstract, string],
        ]),
    // Without a known address every client would share one counter: then only the account's count.
    ...(a.address === UNKNOWN_ADDRESS ? [] : [[counters.address, a.address] as [RateLimiterAbstract, string]]),
  ];
  const waitOf = (res: RateLimiterRes | null, limit: number) =>
    res && res.consumedPoints >= limit ? Math.max(1, Math.ceil(res.msBeforeNext / 1000)) : 0;
  // consume() rejects with a RateLimiterRes when the points are spent: that is the block itself.
  const swallowBlocked = (e: unknown) => {
    if (!(e instanceof RateLimiterRes)) throw e;
  };
  let attempts = 0;
  const sweepNowAndThen = async () => {
    // Expired rows count as empty; once in a while they are also deleted.
    if (++attempts % 100 !== 0) return;
    const store = counters.address as unknown as { clearExpired?: (before: number) => Promise<unknown> };
    await store.clearExpired?.(Date.now() - 60 * 60 * 1000);
  };
  return {
    async blockedFor(a) {
      const waits = await Promise.all(blockersOf(a).map(async ([c, key]) => waitOf(await c.get(key), c.points)));
      return Math.max(0, ...waits);
    },
    async recordFailure(a) {
      const counted = blockersOf(a).filter(([c]) => c !== counters.accountDelay);
      await Promise.all(counted.map(([c, key]) => c.consume(key).catch(swallowBlocked)));
      if (!a.deviceId) {
        const n = (await counters.accountAnywhere.consume(account(a))).consumedPoints;
        const delay = delayAfter(n, l);
        if (delay > 0) await counters.accountDelay.block(account(a), delay);
      }
      await sweepNowAndThen();
    },
    async recordSuccess(a) {
      await (a.deviceId
        ? counters.device.delete(`${account(a)}|${a.deviceId}`)
        : counters.accountAddress.delete(`${account(a)}|${a.address}`));
    },
  };
}

const globalForThrottle = globalThis as unknown as { spSignInThrottle?: { pool: unknown; throttle: SignInThrottle } };

/** The portal's throttle (lib/auth/options.ts), on PostgreSQL: one per pool (tests close and reopen theirs). */
export function signInThrottle(): SignInThrottle {
  const pool = dbPool();
  if (globalForThrottle.spSignInThrottle?.pool !== pool)
    globalForThrottle.spSignInThrottle = { pool, throttle: createSignInThrottle(postgresLimiters(pool)) };
  return globalForThrottle.spSignInThrottle.throttle;
}
