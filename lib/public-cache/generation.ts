import { clockOffset } from "../core/clock";

// The public pages' data generation: a counter that every mutation in this process moves on, so the
// public response cache (./response-cache.ts) and the remembered search totals never give what was
// computed before a change that this process made. Kept on globalThis because the server
// (scripts/serve.ts) and the app's bundles are separate module graphs in one process; other
// processes (another instance, a script) are covered by the caches' time to live.
const state = globalThis as unknown as { __spPublicDataGeneration?: number };

/** Call after (and, for safety, before) anything that may change what a visitor sees. */
export function markPublicDataChanged(): void {
  state.__spPublicDataGeneration = (state.__spPublicDataGeneration ?? 0) + 1;
}

/**
 * What public data computed now depends on besides the request: the data generation, and the test
 * clock (lib/core/clock.ts) — a page rendered at another time is another page. Part of every key of
 * a cache of public data.
 */
export function publicDataVersion(): string {
  return `${state.__spPublicDataGeneration ?? 0}|${clockOffset()}`;
}
