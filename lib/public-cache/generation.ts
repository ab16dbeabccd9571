// The public pages' data generation: a counter that every mutation in this process moves on, so the
// public response cache (./response-cache.ts) never serves a page rendered before a change that
// this process made. Kept on globalThis because the server (scripts/serve.ts) and the app's bundles
// are separate module graphs in one process; other processes (another instance, a script) are covered by the cache's time to live.
const state = globalThis as unknown as { __spPublicDataGeneration?: number; __spClockOffsetMs?: number };

export function publicDataGeneration(): number {
  return state.__spPublicDataGeneration ?? 0;
}

/** Call after (and, for safety, before) anything that may change what a visitor sees. */
export function markPublicDataChanged(): void {
  state.__spPublicDataGeneration = publicDataGeneration() + 1;
}

/** The test clock's offset (lib/core/clock.ts): a page rendered at another time is another page. */
export function clockGeneration(): number {
  return state.__spClockOffsetMs ?? 0;
}
