import "server-only";
import { dbPool } from "../db/client";
import { UNKNOWN_ADDRESS } from "../core/client-address";
import { consumeOrSpent, postgresLimiters, type LimiterFactory } from "./sign-in-throttle";

// Requests for a password-reset link, counted in PostgreSQL (rate_limit_counters, like the sign-in
// throttle) so that every instance of the portal shares the counts:
// - per client address: past the limit the visitor is told to wait (this says nothing about any
//   account, since every request counts, whatever the address asked for);
// - per target email, whether or not an account uses it: past the limit no further mail goes to that
//   address for the hour, silently — the answer stays the same, so nobody learns whether the account
//   exists, and nobody can bury its owner's mailbox under reset mails.

export type PasswordResetLimits = { perAddress: number; perEmail: number; windowSeconds: number };

export const PASSWORD_RESET_LIMITS: Readonly<PasswordResetLimits> = { perAddress: 10, perEmail: 3, windowSeconds: 60 * 60 };

export type PasswordResetVerdict = { allowed: true; mail: boolean } | { allowed: false; retryAfterSeconds: number };

export type PasswordResetThrottle = {
  /** Counts one request from `address` for `email`. `mail` is false when that email had its share. */
  consume(address: string, email: string): Promise<PasswordResetVerdict>;
};

export function createPasswordResetThrottle(limiters: LimiterFactory, limits: Partial<PasswordResetLimits> = {}): PasswordResetThrottle {
  const l = { ...PASSWORD_RESET_LIMITS, ...limits };
  const perAddress = limiters({ keyPrefix: "reset-address", points: l.perAddress, duration: l.windowSeconds, blockDuration: 0 });
  const perEmail = limiters({ keyPrefix: "reset-email", points: l.perEmail, duration: l.windowSeconds, blockDuration: 0 });
  const spent = consumeOrSpent;
  return {
    async consume(address, email) {
      // Without a known address (outside the production server) every visitor would share one counter.
      if (address !== UNKNOWN_ADDRESS) {
        const res = await spent(perAddress, address);
        if (res) return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(res.msBeforeNext / 1000)) };
      }
      return { allowed: true, mail: (await spent(perEmail, email.trim().toLowerCase())) === null };
    },
  };
}

const globalForThrottle = globalThis as unknown as { spPasswordResetThrottle?: { pool: unknown; throttle: PasswordResetThrottle } };

/** The portal's throttle, on PostgreSQL: one per pool (tests close and reopen theirs). */
export function passwordResetThrottle(): PasswordResetThrottle {
  const pool = dbPool();
  if (globalForThrottle.spPasswordResetThrottle?.pool !== pool)
    globalForThrottle.spPasswordResetThrottle = { pool, throttle: createPasswordResetThrottle(postgresLimiters(pool)) };
  return globalForThrottle.spPasswordResetThrottle.throttle;
}
