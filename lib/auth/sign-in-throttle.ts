import "server-only";
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";

// Slows down password guessing (rate-limiter-flexible, in memory). Three counters of FAILED sign-ins:
// per account and address (a guesser is stopped after 5 in 15 minutes, the account's owner elsewhere
// is not locked out), per address (generous: a whole Permanent Mission may sit behind one), and per
// account from anywhere (20: the forwarded address can be forged to dodge the first counter).
// A success clears the account-and-address counter. Per server process: with several processes an
// attacker gets a few more tries, no more.

export const ACCOUNT_FAILURES = 5;
export const ADDRESS_FAILURES = 100;
/** Per account from any address: the forwarded address can be forged, so an account has a ceiling too. */
export const ACCOUNT_ANYWHERE_FAILURES = 20;
const WINDOW_SECONDS = 15 * 60;
const UNKNOWN = "unknown";

export type SignInThrottle = {
  /** Seconds to wait when blocked, else 0. */
  blockedFor(email: string, ip: string): Promise<number>;
  recordFailure(email: string, ip: string): Promise<void>;
  recordSuccess(email: string, ip: string): Promise<void>;
};

export function createSignInThrottle(opts: { accountFailures?: number; addressFailures?: number; anywhereFailures?: number; windowSeconds?: number } = {}): SignInThrottle {
  const duration = opts.windowSeconds ?? WINDOW_SECONDS;
  const byAccount = new RateLimiterMemory({ keyPrefix: "signin-account", points: opts.accountFailures ?? ACCOUNT_FAILURES, duration, blockDuration: duration });
  const byAddress = new RateLimiterMemory({ keyPrefix: "signin-address", points: opts.addressFailures ?? ADDRESS_FAILURES, duration, blockDuration: duration });
  const byAccountAnywhere = new RateLimiterMemory({ keyPrefix: "signin-anywhere", points: opts.anywhereFailures ?? ACCOUNT_ANYWHERE_FAILURES, duration, blockDuration: duration });
  const accountKey = (email: string, ip: string) => `${email.trim().toLowerCase()}|${ip}`;
  const waitOf = (res: RateLimiterRes | null, limit: number) =>
    res && res.consumedPoints >= limit ? Math.max(1, Math.ceil(res.msBeforeNext / 1000)) : 0;
  const swallowBlocked = (e: unknown) => {
    // consume() rejects with a RateLimiterRes when the points are spent: that is the block itself.
    if (!(e instanceof RateLimiterRes)) throw e;
  };
  return {
    async blockedFor(email, ip) {
      const [a, b, c] = await Promise.all([
        byAccount.get(accountKey(email, ip)), ip === UNKNOWN ? null : byAddress.get(ip), byAccountAnywhere.get(email.trim().toLowerCase()),
      ]);
      return Math.max(waitOf(a, byAccount.points), waitOf(b, byAddress.points), waitOf(c, byAccountAnywhere.points));
    },
    async recordFailure(email, ip) {
      // Without a known address, every client would share one counter: only the account's counts.
      await Promise.all([
        byAccount.consume(accountKey(email, ip)).catch(swallowBlocked),
        byAccountAnywhere.consume(email.trim().toLowerCase()).catch(swallowBlocked),
        ip === UNKNOWN ? null : byAddress.consume(ip).catch(swallowBlocked),
      ]);
    },
    async recordSuccess(email, ip) {
      await byAccount.delete(accountKey(email, ip));
    },
  };
}

/** The process's throttle, used by the sign-in (lib/auth/options.ts). */
export const signInThrottle = createSignInThrottle();

/** The client's address as the proxy in front of the portal reports it (first X-Forwarded-For hop). */
export function clientAddress(headers: Record<string, string | string[] | undefined> | undefined): string {
  const raw = headers?.["x-forwarded-for"] ?? headers?.["x-real-ip"];
  const first = (Array.isArray(raw) ? raw[0] : raw)?.split(",")[0]?.trim();
  return first || UNKNOWN;
}
