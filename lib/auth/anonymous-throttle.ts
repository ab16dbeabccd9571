import "server-only";
import { z } from "zod";
import type { RateLimiterRes } from "rate-limiter-flexible";
import { dbPool } from "../db/client";
import { UNKNOWN_ADDRESS } from "../core/client-address";
import { consumeOrSpent, postgresLimiters, type LimiterFactory } from "./sign-in-throttle";

// Forms that visitors without an account may send (a good story, its amendment, a status check:
// every createOpenAction) are counted per client address and in total, per hour, in PostgreSQL
// (the sign-in throttle's table, rate_limit_counters), so that every instance of the portal shares
// the counts. A flood from one address stops that address; a flood from many stops anonymous
// submissions for everyone until the hour is over — signed-in users are never counted.

export type AnonymousLimits = { perAddress: number; total: number; windowSeconds: number };

export const ANONYMOUS_LIMITS: Readonly<AnonymousLimits> = { perAddress: 10, total: 300, windowSeconds: 60 * 60 };

const limit = z.coerce.number().int().min(1).max(100_000);

/**
 * The deployment may change the limits: SP_ANONYMOUS_PER_ADDRESS and SP_ANONYMOUS_PER_HOUR (forms
 * per hour from one address, and from all visitors). A value that is not a whole number from 1 to
 * 100000 is ignored (the default holds).
 */
export function anonymousLimitsFromEnv(env: Record<string, string | undefined> = process.env): AnonymousLimits {
  const read = (value: string | undefined, fallback: number) => {
    const parsed = limit.safeParse(value);
    return value !== undefined && value.trim() !== "" && parsed.success ? parsed.data : fallback;
  };
  return {
    perAddress: read(env.SP_ANONYMOUS_PER_ADDRESS, ANONYMOUS_LIMITS.perAddress),
    total: read(env.SP_ANONYMOUS_PER_HOUR, ANONYMOUS_LIMITS.total),
    windowSeconds: ANONYMOUS_LIMITS.windowSeconds,
  };
}

export type AnonymousVerdict = { allowed: true } | { allowed: false; reason: "address" | "total"; retryAfterSeconds: number };

export type AnonymousThrottle = {
  /** Counts one form from `address`; refused (and then not counted in the total) past a limit. */
  consume(address: string): Promise<AnonymousVerdict>;
};

/** `name`: the counters' key prefix, one per kind of anonymous request counted apart. */
export function createAnonymousThrottle(
  limiters: LimiterFactory,
  limits: Partial<AnonymousLimits> = {},
  name = "anonymous",
): AnonymousThrottle {
  const l = { ...ANONYMOUS_LIMITS, ...limits };
  const perAddress = limiters({ keyPrefix: `${name}-address`, points: l.perAddress, duration: l.windowSeconds, blockDuration: 0 });
  const total = limiters({ keyPrefix: `${name}-total`, points: l.total, duration: l.windowSeconds, blockDuration: 0 });
  const refused = (reason: "address" | "total", res: RateLimiterRes): AnonymousVerdict => ({
    allowed: false,
    reason,
    retryAfterSeconds: Math.max(1, Math.ceil(res.msBeforeNext / 1000)),
  });
  const consume = consumeOrSpent;
  return {
    async consume(address) {
      // Without a known address (outside the production server) every visitor would share one
      // counter: then only the total counts.
      if (address !== UNKNOWN_ADDRESS) {
        const spent = await consume(perAddress, address);
        if (spent) return refused("address", spent);
      }
      const spentTotal = await consume(total, "all");
      if (spentTotal) {
        // This form was not accepted: it does not use up its sender's own allowance.
        if (address !== UNKNOWN_ADDRESS) await perAddress.reward(address, 1);
        return refused("total", spentTotal);
      }
      return { allowed: true };
    },
  };
}

const globalForThrottle = globalThis as unknown as { spAnonymousThrottle?: { pool: unknown; throttle: AnonymousThrottle } };

/** The portal's throttle (lib/server/action.ts, createOpenAction), on PostgreSQL: one per pool. */
export function anonymousThrottle(): AnonymousThrottle {
  const pool = dbPool();
  if (globalForThrottle.spAnonymousThrottle?.pool !== pool) {
    globalForThrottle.spAnonymousThrottle = { pool, throttle: createAnonymousThrottle(postgresLimiters(pool), anonymousLimitsFromEnv()) };
  }
  return globalForThrottle.spAnonymousThrottle.throttle;
}

/**
 * Challenges for signing in with a passkey (POST /api/passkeys/options) are asked for before anyone
 * is known, and each is a row kept for five minutes: counted per address and in total, apart from the
 * forms above (a person may try a passkey a few times; a script asking for thousands is stopped).
 */
export const PASSKEY_OPTIONS_LIMITS: Readonly<AnonymousLimits> = { perAddress: 30, total: 3000, windowSeconds: 10 * 60 };

const globalForPasskeys = globalThis as unknown as { spPasskeyOptionsThrottle?: { pool: unknown; throttle: AnonymousThrottle } };

export function passkeyOptionsThrottle(): AnonymousThrottle {
  const pool = dbPool();
  if (globalForPasskeys.spPasskeyOptionsThrottle?.pool !== pool) {
    globalForPasskeys.spPasskeyOptionsThrottle = {
      pool,
      throttle: createAnonymousThrottle(postgresLimiters(pool), PASSKEY_OPTIONS_LIMITS, "passkey-options"),
    };
  }
  return globalForPasskeys.spPasskeyOptionsThrottle.throttle;
}
