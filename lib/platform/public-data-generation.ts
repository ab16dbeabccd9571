import { clockOffset, now } from "../core/clock";

// The public data's version: what every cache of public data is keyed on (the response cache,
// lib/public-cache/response-cache.ts, and the memos of lib/public-cache/memo.ts — search totals, facets, ids). Three parts:
//
//  - the shared generation: the row of `public_data_generation`, moved on at the commit of every
//    transaction that audits a change (a deferred trigger on "AuditEntry"), which also sends
//    NOTIFY sp_public_data. Each server process listens (lib/public-cache/generation-listener.ts) and learns of a
//    change made by any instance, script or worker within milliseconds; while it is not listening,
//    the server reads the row before each request (lib/public-cache/serve.ts), and without an answer nothing is
//    served from a cache. So no instance serves what was computed before another's change;
//  - this process's own counter, moved on by writeAudit and by the action and route doors after
//    commit: the user who made a change sees it on their next request, before the notification is back;
//  - the time: publication follows from dates (a letter is public once its `publicFrom` has passed,
//    with no change to announce), so the version names the last publication instant passed — read
//    from PostgreSQL by the server (lib/public-cache/serve.ts) when the generation changes or the next publication
//    instant comes, so every instance moves on at the same instant — and the test clock's offset.
//
// Kept on globalThis: the server (scripts/serve.ts) and the app's bundles are separate module graphs
// in one process.

/** How long an entry of a cache of public data is kept at most (memory; correctness is the version's). */
export const PUBLIC_DATA_PERIOD_MS = 30_000;

type GenerationState = {
  /** The database's generation as last learnt ("0" before). */
  shared: bigint;
  /** This process's own changes. */
  local: number;
  /** A LISTEN connection is up and has read the row since it connected: `shared` is current. */
  listening: boolean;
  /** The generation could not be learnt (not listening, database unanswered): cache nothing. */
  unknown: boolean;
  /** Per test-clock offset (0 outside tests): the last publication instant passed, and the next one. */
  publications: Map<number, { epoch: string; nextAt: number; generation: string }>;
};
const g = globalThis as unknown as { __spPublicData?: GenerationState };
const state: GenerationState = (g.__spPublicData ??= { shared: 0n, local: 0, listening: false, unknown: false, publications: new Map() });

/** Call after (and, for safety, before) anything that may change what a visitor sees. */
export function markPublicDataChanged(): void {
  state.local += 1;
}

/** The database's generation, as read or notified; an older value than the one known is ignored. */
export function noteSharedGeneration(value: string | number | bigint): void {
  const v = BigInt(value);
  if (v > state.shared) state.shared = v;
  state.unknown = false;
}

/** Said by the listener: `shared` is kept current by notifications (true) or no longer is (false). */
export function setGenerationListening(listening: boolean): void {
  state.listening = listening;
}

export function generationListening(): boolean {
  return state.listening;
}

/** Nothing may be served from a cache until the generation is learnt again. */
export function markGenerationUnknown(): void {
  state.unknown = true;
}

let uncached = 0;

const generationKey = () => `${state.shared}.${state.local}`;

/**
 * Must the publication instants be read (again) before this request is answered from a cache: never
 * read at this clock offset, a change since, or the next publication instant has come.
 */
export function publicationNeedsReading(): { offset: number; nowMs: number; generation: string } | null {
  const offset = clockOffset();
  const nowMs = now().getTime();
  const p = state.publications.get(offset);
  const generation = generationKey();
  return !p || p.generation !== generation || nowMs >= p.nextAt ? { offset, nowMs, generation } : null;
}

/** What the server read: the last publication instant at or before the clock (epoch), and the next one. */
export function notePublication(at: { offset: number; generation: string }, epoch: string, nextAt: number | null): void {
  if (state.publications.size > 100) state.publications.clear();
  state.publications.set(at.offset, { epoch, nextAt: nextAt ?? Number.POSITIVE_INFINITY, generation: at.generation });
}

/**
 * What public data computed now depends on besides the request: the shared and local generations,
 * the last publication instant passed and the test clock's offset. Part of every key of a cache of
 * public data; unique on every call while the generation is unknown (nothing is then reused).
 */
export function publicDataVersion(): string {
  const offset = clockOffset();
  const shared = state.unknown ? `unknown-${++uncached}` : String(state.shared);
  return `${shared}.${state.local}|${state.publications.get(offset)?.epoch ?? "-"}|${offset}`;
}
