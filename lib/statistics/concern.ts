// R21: concern across mandates. Pure: the window and the flag, tested apart from the query
// (find-concern.ts) that finds which mandates wrote to or spoke about which State.
import { subMonths } from "date-fns";
import { inGeneva } from "../core/geneva";

/**
 * The start of the rolling window: the same Geneva wall-clock time `months` months before `now`, on
 * the last day of that month when it is shorter (31 March less one month is 28 or 29 February).
 * date-fns does the month arithmetic on Geneva's wall clock (a TZDate): a time the spring-forward
 * switch skips lands an hour later, a time repeated in autumn is its winter-time occurrence.
 */
export function concernWindowStart(now: Date, months: number): Date {
  return new Date(subMonths(inGeneva(now), months).getTime());
}

export type ConcernPair = { stateId: string; mandateId: string };
export type StateConcern = { stateId: string; mandateIds: string[]; count: number; flagged: boolean };

/** Distinct mandates per State, and whether they reach the threshold; most mandates first. */
export function concernByState(pairs: readonly ConcernPair[], threshold: number): StateConcern[] {
  const byState = new Map<string, Set<string>>();
  for (const p of pairs) byState.set(p.stateId, (byState.get(p.stateId) ?? new Set()).add(p.mandateId));
  return [...byState]
    .map(([stateId, ids]) => ({ stateId, mandateIds: [...ids].sort(), count: ids.size, flagged: ids.size >= threshold }))
    .sort((a, b) => b.count - a.count || a.stateId.localeCompare(b.stateId));
}
