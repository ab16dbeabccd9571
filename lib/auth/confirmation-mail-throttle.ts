import "server-only";
import { dbPool } from "../db/client";
import { consumeOrSpent, postgresLimiters, type LimiterFactory } from "./sign-in-throttle";

// Mails with a confirmation link that a visitor without an account makes the portal send to an
// address it typed (an organisation's registration, an answer to a call without an account; issue 17,
// item 3). The forms themselves are throttled per client address (lib/auth/anonymous-throttle.ts);
// this also caps the mails one address receives, whoever asks, so that nobody can bury someone's
// mailbox under them. Past the cap the form is answered as usual and no mail goes, silently — the
// answer says nothing about the address. Counted in PostgreSQL (rate_limit_counters), like the others.

export const CONFIRMATION_MAILS_PER_ADDRESS = 3;
const WINDOW_SECONDS = 60 * 60;

export type ConfirmationMailThrottle = {
  /** Counts one mail to `email`; false when that address has had its share for the hour. */
  mayMail(email: string): Promise<boolean>;
};

export function createConfirmationMailThrottle(
  limiters: LimiterFactory,
  perEmail = CONFIRMATION_MAILS_PER_ADDRESS,
): ConfirmationMailThrottle {
  const limiter = limiters({ keyPrefix: "confirmation-email", points: perEmail, duration: WINDOW_SECONDS, blockDuration: 0 });
  return { mayMail: async (email) => (await consumeOrSpent(limiter, email.trim().toLowerCase())) === null };
}

const globalForThrottle = globalThis as unknown as { spConfirmationMailThrottle?: { pool: unknown; throttle: ConfirmationMailThrottle } };

/** The portal's throttle, on PostgreSQL: one per pool (tests close and reopen theirs). */
export function confirmationMailThrottle(): ConfirmationMailThrottle {
  const pool = dbPool();
  if (globalForThrottle.spConfirmationMailThrottle?.pool !== pool)
    globalForThrottle.spConfirmationMailThrottle = { pool, throttle: createConfirmationMailThrottle(postgresLimiters(pool)) };
  return globalForThrottle.spConfirmationMailThrottle.throttle;
}
